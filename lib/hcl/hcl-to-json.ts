import { parseHcl } from './parse-hcl.ts';
import { formatDecimal } from './format-decimal.ts';
import type {
  HclBlock,
  HclBody,
  HclDiagnostic,
  HclExpression,
  HclFile,
  HclTemplatePart,
} from './types.ts';

/** JSON value as produced by {@link hclToJson}. */
export type HclJsonValue =
  null | boolean | number | string | HclJsonValue[] | { [key: string]: HclJsonValue };

/** Result of {@link hclToJson}: the JSON, or HCL's diagnostics / the conversion error. */
export type HclToJsonResult =
  | { ok: true; json: { [key: string]: HclJsonValue } }
  | { ok: false; diagnostics: HclDiagnostic[]; message: string };

class ConversionError extends Error {}

/**
 * Converts HCL source to the JSON shape `@cdktn/hcl2json` produces (HCL → JSON of the
 * tmccombs/hcl2json family): blocks become nested objects keyed by type then labels, ending in
 * an array of bodies; literals become JSON values; every other expression becomes the string
 * `"${<source text>}"`; literal text escapes `${` / `%{` as `$${` / `%%{`; templates keep their
 * `${…}` / `%{if}` / `%{for}` sequences. Returns `ok: false` with HCL's diagnostics when the
 * file has syntax errors, or with a message when hcl2json would refuse the block structure
 * (blocks with and without labels under one name). Never throws.
 */
export function hclToJson(text: string, options: { filename?: string } = {}): HclToJsonResult {
  const parsed = parseHcl(text, options);
  if (parsed.diagnostics.length > 0) {
    const first = parsed.diagnostics[0] as HclDiagnostic;
    return {
      ok: false,
      diagnostics: parsed.diagnostics,
      message: `${first.message}; ${first.detail ?? ''}`,
    };
  }
  return hclFileToJson(parsed.file);
}

/** {@link hclToJson} on an already parsed, error-free file. Never throws. */
export function hclFileToJson(file: HclFile): HclToJsonResult {
  try {
    return { ok: true, json: convertBody(file.text, file.body) };
  } catch (error) {
    if (error instanceof ConversionError)
      return { ok: false, diagnostics: [], message: error.message };
    throw error;
  }
}

function convertBody(text: string, body: HclBody): { [key: string]: HclJsonValue } {
  const out: { [key: string]: HclJsonValue } = {};
  for (const item of body.items) if (item.kind === 'block') convertBlock(text, item, out);
  for (const item of body.items)
    if (item.kind === 'attribute') out[item.name] = convertExpression(text, item.expression);
  return out;
}

function convertBlock(text: string, block: HclBlock, root: { [key: string]: HclJsonValue }): void {
  let out = root;
  let key = block.type;
  for (const label of block.labels) {
    const inner = out[key];
    if (inner !== undefined) {
      if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) {
        throw new ConversionError(
          `Unable to convert Block to JSON: ${[block.type, ...block.labels.map((l) => l.value)].join('.')}`,
        );
      }
      out = inner;
    } else {
      const obj: { [key: string]: HclJsonValue } = {};
      out[key] = obj;
      out = obj;
    }
    key = label.value;
  }
  const value = convertBody(text, block.body);
  const current = out[key];
  if (current !== undefined) {
    if (!Array.isArray(current)) {
      throw new ConversionError(
        `invalid HCL detected for "${key}" block, cannot have blocks with and without labels`,
      );
    }
    current.push(value);
  } else out[key] = [value];
}

function source(text: string, expr: HclExpression): string {
  return text.slice(expr.start, expr.end);
}

function wrap(text: string, expr: HclExpression): string {
  return `\${${source(text, expr)}}`;
}

function escapeLiteral(value: string): string {
  if (value.indexOf('{') < 0) return value;
  return value.replace(/\$\{/g, '$$$${').replace(/%\{/g, '%%{');
}

/** Converts one expression the way hcl2json's `convertExpression` does. */
export function convertExpression(text: string, expr: HclExpression): HclJsonValue {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'unary':
      if (expr.operand.kind === 'literal') {
        const v = expr.operand.value;
        if (expr.operator === '-' && typeof v === 'number') return -v;
        if (expr.operator === '!' && typeof v === 'boolean') return !v;
      }
      return wrap(text, expr);
    case 'template':
      if (expr.isWrap) {
        const only = expr.parts[0];
        if (only && only.kind === 'template-interpolation')
          return convertExpression(text, only.expression);
      }
      return convertTemplateParts(text, expr.parts);
    case 'tuple':
      return expr.items.map((item) => convertExpression(text, item));
    case 'object': {
      const out: { [key: string]: HclJsonValue } = {};
      for (const item of expr.items) {
        const key =
          !item.isKeyForced && isScopeTraversal(item.key)
            ? source(text, item.key)
            : convertStringPart(text, item.key);
        out[key] = convertExpression(text, item.value);
      }
      return out;
    }
    default:
      return wrap(text, expr);
  }
}

function isScopeTraversal(expr: HclExpression): boolean {
  switch (expr.kind) {
    case 'variable':
      return true;
    case 'get-attribute':
      return isScopeTraversal(expr.source);
    case 'index':
      return (
        (expr.isLegacy || expr.key.kind === 'literal' || isStringLiteralTemplate(expr.key)) &&
        isScopeTraversal(expr.source)
      );
    default:
      return false;
  }
}

function isStringLiteralTemplate(expr: HclExpression): boolean {
  return (
    expr.kind === 'template' &&
    !expr.isWrap &&
    expr.parts.length === 1 &&
    expr.parts[0]?.kind === 'template-literal'
  );
}

function convertTemplateParts(text: string, parts: HclTemplatePart[]): string {
  let out = '';
  for (const part of parts) out += convertTemplatePart(text, part);
  return out;
}

function convertTemplatePart(text: string, part: HclTemplatePart): string {
  switch (part.kind) {
    case 'template-literal':
      return escapeLiteral(part.value);
    case 'template-interpolation':
      return convertStringPart(text, part.expression);
    case 'template-if': {
      let out = `%{if ${source(text, part.condition)}}${convertTemplateParts(text, part.then)}`;
      const otherwise = convertTemplateParts(text, part.else);
      if (otherwise.length > 0) out += `%{else}${otherwise}`;
      return `${out}%{endif}`;
    }
    case 'template-for': {
      const key = part.keyVar !== null ? `${part.keyVar}, ` : '';
      return `%{for ${key}${part.valueVar} in ${source(text, part.collection)}}${convertTemplateParts(text, part.body)}%{endfor}`;
    }
  }
}

function convertStringPart(text: string, expr: HclExpression): string {
  switch (expr.kind) {
    case 'literal':
      return typeof expr.value === 'number' ? formatDecimal(expr.raw) : String(expr.value);
    case 'template':
      if (expr.isWrap) {
        const only = expr.parts[0];
        if (only && only.kind === 'template-interpolation')
          return convertStringPart(text, only.expression);
      }
      return convertTemplateParts(text, expr.parts);
    case 'conditional': {
      let out = `%{if ${source(text, expr.condition)}}${convertStringPart(text, expr.then)}`;
      const otherwise = convertStringPart(text, expr.else);
      if (otherwise.length > 0) out += `%{else}${otherwise}`;
      return `${out}%{endif}`;
    }
    default:
      return wrap(text, expr);
  }
}

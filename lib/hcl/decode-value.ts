import { findReferences, type HclReference } from './find-references.ts';
import type { HclExpression } from './types.ts';
import { toNfc } from './build-template-parts.ts';

/**
 * The decoded form of an expression: a literal value (strings fully unescaped, numbers with
 * their source text), or — for anything that needs evaluation — the expression itself with
 * the references it uses.
 */
export type HclDecoded =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number; raw: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' }
  | { kind: 'tuple'; items: HclDecoded[] }
  | { kind: 'object'; entries: { key: string; value: HclDecoded }[] }
  | { kind: 'expression'; expression: HclExpression; references: HclReference[] };

/**
 * Decodes a literal expression to a value: quoted strings and heredocs (escapes, `$${`/`%%{`,
 * `<<-` indentation already applied by the parser), numbers (keeping `raw`), `-1`, bools,
 * null, tuples and objects whose parts are all literal. Object keys may be bare identifiers or
 * literal strings; a later duplicate key wins, as in HCL. Anything else (references,
 * function calls, interpolations, operators) is returned as `kind: 'expression'` with its
 * references listed. Never throws.
 */
export function decodeValue(expression: HclExpression): HclDecoded {
  const decoded = decode(expression);
  return decoded ?? { kind: 'expression', expression, references: findReferences(expression) };
}

function decode(expr: HclExpression): HclDecoded | null {
  switch (expr.kind) {
    case 'literal':
      if (expr.value === null) return { kind: 'null' };
      if (typeof expr.value === 'boolean') return { kind: 'bool', value: expr.value };
      return { kind: 'number', value: expr.value, raw: expr.raw };
    case 'unary': {
      const operand = expr.operand;
      if (operand.kind !== 'literal') return null;
      if (expr.operator === '-' && typeof operand.value === 'number')
        return { kind: 'number', value: -operand.value, raw: `-${operand.raw}` };
      if (expr.operator === '!' && typeof operand.value === 'boolean')
        return { kind: 'bool', value: !operand.value };
      return null;
    }
    case 'template': {
      if (expr.literal !== undefined) return { kind: 'string', value: expr.literal };
      if (expr.isWrap) return null;
      let value = '';
      for (const part of expr.parts) {
        if (part.kind !== 'template-literal') return null;
        value += part.value;
      }
      return { kind: 'string', value };
    }
    case 'tuple': {
      const items: HclDecoded[] = [];
      for (const item of expr.items) {
        const d = decode(item);
        if (!d) return null;
        items.push(d);
      }
      return { kind: 'tuple', items };
    }
    case 'object': {
      const entries: { key: string; value: HclDecoded }[] = [];
      for (const item of expr.items) {
        let key: string;
        if (!item.isKeyForced && item.key.kind === 'variable') key = toNfc(item.key.name);
        else {
          const k = decode(item.key);
          if (!k) return null;
          if (k.kind === 'string') key = k.value;
          else if (k.kind === 'number') key = String(k.value);
          else if (k.kind === 'bool') key = String(k.value);
          else return null;
        }
        const value = decode(item.value);
        if (!value) return null;
        const existing = entries.findIndex((e) => e.key === key);
        if (existing >= 0) entries.splice(existing, 1);
        entries.push({ key, value });
      }
      return { kind: 'object', entries };
    }
    default:
      return null;
  }
}

/** Plain JS value of a decoded literal (`undefined` for `kind: 'expression'`). Never throws. */
export function decodedToJs(decoded: HclDecoded): unknown {
  switch (decoded.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return decoded.value;
    case 'null':
      return null;
    case 'tuple':
      return decoded.items.map(decodedToJs);
    case 'object':
      return Object.fromEntries(decoded.entries.map((e) => [e.key, decodedToJs(e.value)]));
    case 'expression':
      return undefined;
  }
}

import { encodeString } from '../index.ts';
import { HclEditError } from './hcl-edit-error.ts';
import { checkExpression } from './check-expression.ts';
import { isExpressionValue } from './is-expression-value.ts';
import { renderAssignments } from './render-assignments.ts';
import type { HclEditValue } from './types.ts';

/** Layout of generated text: the indentation of the line the value starts on, one level, line break. */
export interface HclRenderLayout {
  indent: string;
  unit: string;
  eol: string;
}

const IDENTIFIER = /^[\p{ID_Start}_][\p{ID_Continue}-]*$/u;
const KEYWORDS = new Set(['true', 'false', 'null', 'for', 'in', 'if']);

/** An object key as HCL writes it: bare when an identifier (not a keyword), else quoted. */
function renderKey(key: string, where: string): string {
  return IDENTIFIER.test(key) && !KEYWORDS.has(key) ? key : renderString(key, where);
}

function renderString(value: string, where: string): string {
  // HCL normalises every string literal to Unicode NFC (hclsyntax), so another form could never
  // read back exactly; refusing beats silently writing a different string.
  if (value.normalize('NFC') !== value)
    throw new HclEditError(
      'invalid-value',
      `${where}: ${JSON.stringify(value)} is not in Unicode NFC form, which HCL strings always take; pass value.normalize('NFC').`,
    );
  try {
    return encodeString(value);
  } catch (error) {
    throw new HclEditError('invalid-value', `${where}: ${(error as Error).message}.`);
  }
}

/**
 * Renders a value as HCL in `terraform fmt` style, lines after the first indented from
 * `layout.indent`. Strings must be in Unicode NFC (HCL normalises literals) and are always quoted (escapes for `"`, `\`, control characters, `${` →
 * `$${`, `%{` → `%%{`; a multi-line string stays one quoted line with `\n`, never a heredoc).
 * Arrays are one line `[a, b]` unless `isMultiLine` or an element spans lines, then one element
 * per line with trailing commas. Objects are multi-line with aligned `=`. Raw expressions are
 * written as given (trimmed). Throws HclEditError 'invalid-value' for NaN/±Infinity, lone
 * surrogates, raw text that is not one expression, or a non-JSON value.
 */
export function renderValue(
  value: HclEditValue,
  layout: HclRenderLayout,
  where: string,
  isMultiLine = false,
): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return renderString(value, where);
    case 'number':
      if (!Number.isFinite(value))
        throw new HclEditError('invalid-value', `${where}: HCL has no literal for ${value}.`);
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      throw new HclEditError(
        'invalid-value',
        `${where}: HCL has no literal for a ${typeof value}.`,
      );
  }
  if (isExpressionValue(value)) return checkExpression(value.expression, where);
  const inner: HclRenderLayout = { ...layout, indent: layout.indent + layout.unit };
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const flat = value.map((item) => renderValue(item, layout, where));
    if (!isMultiLine && !flat.some((item) => item.includes('\n'))) return `[${flat.join(', ')}]`;
    const items = value.map((item) => `${inner.indent}${renderValue(item, inner, where)},`);
    return `[${layout.eol}${items.join(layout.eol)}${layout.eol}${layout.indent}]`;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null)
    throw new HclEditError(
      'invalid-value',
      `${where}: only plain objects can be written as HCL objects.`,
    );
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const lines = entries.map(
    ([key, item]) => [renderKey(key, where), renderValue(item, inner, where)] as const,
  );
  return `{${layout.eol}${renderAssignments(lines, inner.indent, layout.eol)}${layout.eol}${layout.indent}}`;
}

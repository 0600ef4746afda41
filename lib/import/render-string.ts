import { decodeValue, encodeString, parseHcl } from '../hcl/index.ts';

/**
 * HCL text of a string attribute value whose line starts at `indent`: a quoted string for one line;
 * for several lines a heredoc (spec: Falco conditions are multi-line): `<<-EOT` with the lines
 * indented one level (when some line starts at column 0, so the indentation strips back exactly),
 * else `<<EOT` with the lines as they are; `$${`/`%%{` escape template sequences; a value without
 * a final newline is wrapped in `chomp(…)` (a heredoc always ends with one). The heredoc is used
 * only if it parses back to exactly `value` (checked with lib/hcl); otherwise, and for text with
 * `\r`, the quoted form. Pure.
 */
export function renderString(value: string, indent: string): string {
  if (!value.includes('\n') || value.includes('\r')) return encodeString(value);
  const candidate = heredocOf(value, indent);
  return decodesTo(candidate, value) ? candidate : encodeString(value);
}

function heredocOf(value: string, indent: string): string {
  const hasFinalNewline = value.endsWith('\n');
  const lines = (hasFinalNewline ? value.slice(0, -1) : value)
    .split('\n')
    .map((line) => line.replace(/([$%])\{/g, (_match, sign: string) => `${sign}${sign}{`));
  const trimmed = new Set(lines.map((line) => line.trim()));
  let marker = 'EOT';
  for (let n = 2; trimmed.has(marker); n += 1) marker = `EOT${n}`;
  // `<<-` strips the smallest indentation of the non-blank lines (hclsyntax flushHeredoc): exact
  // only when one of them starts at column 0. Blank lines are left alone by the strip.
  const isFlush = lines.some((line) => line.trim() !== '' && !/^\s/.test(line));
  const inner = `${indent}  `;
  const body = lines
    .map((line) => (isFlush && line.trim() !== '' ? `${inner}${line}` : line))
    .join('\n');
  const heredoc = `<<${isFlush ? '-' : ''}${marker}\n${body}\n${indent}${marker}`;
  return hasFinalNewline ? heredoc : `chomp(${heredoc}\n${indent})`;
}

function decodesTo(candidate: string, value: string): boolean {
  const parsed = parseHcl(`x = ${candidate}\n`);
  const attribute = parsed.attributes[0];
  if (parsed.diagnostics.length > 0 || !attribute) return false;
  let expression = attribute.expression;
  let isChomped = false;
  if (expression.kind === 'function-call' && expression.name === 'chomp') {
    const [argument] = expression.args;
    if (!argument || expression.args.length !== 1) return false;
    expression = argument;
    isChomped = true;
  }
  const decoded = decodeValue(expression);
  if (decoded.kind !== 'string') return false;
  const text = isChomped ? decoded.value.replace(/(\r\n|\n|\r)+$/, '') : decoded.value;
  return text === value;
}

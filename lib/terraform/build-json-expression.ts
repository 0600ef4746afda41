import { parseHcl, type HclExpression, type HclTemplate } from '../hcl/index.ts';
import type { TJsonNode } from './parse-json-nodes.ts';

const MARKER = 'RAMPART_JSON_EOT';

/**
 * The HCL expression of a value in a `.tf.json` file, as Terraform's JSON syntax reads it:
 * arrays and objects keep their structure, numbers/bools/null are literals, and each string is
 * a template (`"${var.x}"`) parsed by lib/hcl with offsets moved into the file (exact when the
 * string has no JSON escape; approximate within the string otherwise). With `isLiteral` (a
 * variable's `default`) or when a string is not a valid template, strings are plain literals.
 * Never throws.
 */
export function buildJsonExpression(
  text: string,
  node: TJsonNode,
  isLiteral = false,
): HclExpression {
  const { start, end } = node;
  switch (node.kind) {
    case 'string':
      return (
        (isLiteral ? null : parseTemplate(text, node)) ?? literalString(start, end, node.value)
      );
    case 'literal':
      return { kind: 'literal', start, end, value: node.value, raw: String(node.value) };
    case 'array':
      return {
        kind: 'tuple',
        start,
        end,
        items: node.items.map((item) => buildJsonExpression(text, item, isLiteral)),
      };
    case 'object':
      return {
        kind: 'object',
        start,
        end,
        items: node.entries.map((entry) => ({
          start: entry.keyStart,
          end: entry.value.end,
          // Terraform's JSON syntax takes object keys literally.
          key: literalString(entry.keyStart, entry.keyEnd, entry.key),
          isKeyForced: false,
          separator: ':' as const,
          value: buildJsonExpression(text, entry.value, isLiteral),
        })),
      };
  }
}

function literalString(start: number, end: number, value: string): HclTemplate {
  return {
    kind: 'template',
    start,
    end,
    isWrap: false,
    heredoc: null,
    parts: [{ kind: 'template-literal', start: start + 1, end: end - 1, value }],
  };
}

function parseTemplate(text: string, node: TJsonNode & { kind: 'string' }): HclExpression | null {
  if (!node.value.includes('${') && !node.value.includes('%{')) return null;
  const raw = text.slice(node.start, node.end);
  if (!raw.includes('\\')) {
    // The raw JSON string is a valid HCL quoted template at the same offsets.
    const parsed = parseHcl(`v=${raw}\n`);
    const attribute = parsed.attributes[0];
    return parsed.diagnostics.length === 0 && attribute
      ? shiftOffsets(attribute.expression, node.start - 2)
      : null;
  }
  // JSON escapes differ from HCL's: parse the decoded text as a heredoc template instead.
  const prefix = `v = <<${MARKER}\n`;
  const parsed = parseHcl(`${prefix}${node.value}\n${MARKER}\n`);
  const attribute = parsed.attributes[0];
  if (parsed.diagnostics.length > 0 || attribute?.expression.kind !== 'template') return null;
  const template = attribute.expression;
  const last = template.parts[template.parts.length - 1];
  if (last?.kind === 'template-literal' && last.value.endsWith('\n')) {
    last.value = last.value.slice(0, -1);
    if (last.value === '') template.parts.pop();
  }
  const [only] = template.parts;
  template.isWrap = template.parts.length === 1 && only?.kind === 'template-interpolation';
  template.heredoc = null;
  shiftOffsets(template, node.start + 1 - prefix.length);
  template.start = node.start;
  template.end = node.end;
  return template;
}

// Moves every `start`/`end` offset of a freshly parsed (unshared) AST by `delta`. A template's
// `parts` may be an accessor that makes them on first read (cst-nodes.ts
// QuotedLiteralTemplateNode): it is read explicitly, and each object is moved once.
function shiftOffsets<T>(node: T, delta: number): T {
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number') {
      record.start += delta;
      record.end += delta;
    }
    if (record.kind === 'template') visit((value as HclTemplate).parts);
    for (const [key, child] of Object.entries(record))
      if (key !== 'start' && key !== 'end') visit(child);
  };
  visit(node);
  return node;
}

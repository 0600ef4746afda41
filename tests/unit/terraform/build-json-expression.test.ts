import { describe, expect, it } from 'vitest';
import type { HclExpression } from '@/lib/hcl/types.ts';
import { buildJsonExpression } from '@/lib/terraform/build-json-expression.ts';
import { parseJsonNodes, type TJsonNode } from '@/lib/terraform/parse-json-nodes.ts';

/** Every `start`/`end` in the expression, `parts` of templates included (they may be lazy). */
function spans(expression: HclExpression): [number, number][] {
  const found: [number, number][] = [];
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) return value.forEach(visit);
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number')
      found.push([record.start, record.end]);
    if (record.kind === 'template') visit((value as { parts: unknown }).parts);
    for (const [key, child] of Object.entries(record)) if (!key.startsWith('literal')) visit(child);
  };
  visit(expression);
  return found;
}

function firstValue(text: string): TJsonNode {
  const parsed = parseJsonNodes(text);
  if (!('node' in parsed) || parsed.node.kind !== 'object') throw new Error('not an object');
  return (parsed.node.entries[0] as { value: TJsonNode }).value;
}

describe('[terraform] buildJsonExpression', () => {
  // A .tf.json string is an HCL template: its expression is parsed from the decoded string
  // and moved to the string's place in the file. Nothing may land outside the string.
  it.each([
    '{"a": "${lookup(var.m, \\"k\\")}"}',
    '{"a": "x-${var.y}-\\"z\\""}',
    '{"a": "${format(\\"%s\\", \\"\\")}"}',
    '{"a": "${[\\"p\\", \\"q\\"]}"}',
    '{"a": "%{if var.c}\\"yes\\"%{endif}"}',
    '{"a": "${{k = \\"v\\"}}"}',
  ])('[terraform] keeps every offset of %s inside the string', (text) => {
    const node = firstValue(text);
    const expression = buildJsonExpression(text, node);
    const all = spans(expression);
    expect(all.length).toBeGreaterThan(2);
    for (const [start, end] of all) {
      expect(start).toBeGreaterThanOrEqual(node.start);
      expect(end).toBeLessThanOrEqual(node.end);
      expect(start).toBeLessThanOrEqual(end);
    }
  });
});

// Test helper: a condition AST without offsets or raw spellings, for structural comparison.
export function stripPositions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripPositions);
  if (node === null || typeof node !== 'object') return node;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'start' || key === 'end' || key === 'raw') continue;
    result[key] = stripPositions(value);
  }
  return result;
}

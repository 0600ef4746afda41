const BUILTIN_ROOTS = new Set(['path', 'terraform', 'count', 'each', 'self']);

/**
 * The address a traversal path refers to: `['var','x']` → `var.x`, `['local','x']` → `local.x`,
 * `['data','t','n',…]` → `data.t.n`, `['module','m',…]` → `module.m`, `['t','n',…]` → `t.n`
 * (a resource). Builtins (`path.module`, `terraform.workspace`, `count.index`, `each.key`,
 * `self.x`) and incomplete traversals give null. Never throws.
 */
export function resolveReferenceTarget(path: readonly (string | number)[]): string | null {
  const [root, first, second] = path;
  if (typeof root !== 'string' || BUILTIN_ROOTS.has(root)) return null;
  if (typeof first !== 'string') return null;
  switch (root) {
    case 'var':
      return `var.${first}`;
    case 'local':
      return `local.${first}`;
    case 'module':
      return `module.${first}`;
    case 'data':
      return typeof second === 'string' ? `data.${first}.${second}` : null;
    default:
      return `${root}.${first}`;
  }
}

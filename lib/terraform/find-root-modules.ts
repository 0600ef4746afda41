/**
 * The folders of a repository that hold a Terraform module: every folder with at least one
 * `.tf` (or `.tf.json`) file directly in it, from a flat list of repository-relative paths
 * (`/` separated). The repository root is `'.'`. Folders named `.terraform` (provider and module
 * caches) and hidden folders are skipped. Sorted, unique. Never throws.
 */
export function findRootModules(paths: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const raw of paths) {
    const path = raw.replace(/^\.\//, '');
    if (!path.endsWith('.tf') && !path.endsWith('.tf.json')) continue;
    const segments = path.split('/');
    segments.pop();
    if (segments.some((segment) => segment.startsWith('.') && segment !== '.' && segment !== '..'))
      continue;
    folders.add(segments.length === 0 ? '.' : segments.join('/'));
  }
  return [...folders].sort();
}

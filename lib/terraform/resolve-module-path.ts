/**
 * Joins `relative` onto the folder `base` with POSIX rules and normalises `.`/`..` segments, as
 * Terraform resolves `file("${path.module}/x")`: `('demo', './rules.yaml')` → `demo/rules.yaml`.
 * An absolute `relative` is returned normalised. `..` above the start is kept. Never throws.
 */
export function resolveModulePath(base: string, relative: string): string {
  const isAbsolute = relative.startsWith('/');
  const joined = isAbsolute ? relative : `${base}/${relative}`;
  const out: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (segment === '..' && joined.startsWith('/')) continue;
    else out.push(segment);
  }
  const path = out.join('/');
  if (joined.startsWith('/')) return `/${path}`;
  return path === '' ? '.' : path;
}

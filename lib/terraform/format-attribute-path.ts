/** Renders an attribute path for people: `['rules', 0, 'name']` → `rules[0].name`. Never throws. */
export function formatAttributePath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/**
 * `base` if it is not in `taken`, else `base_2`, `base_3`, … (the first free one). Adds the chosen
 * name to `taken` (side effect), so successive calls give unique names.
 */
export function allocateName(base: string, taken: Set<string>): string {
  let name = base;
  for (let suffix = 2; taken.has(name); suffix += 1) name = `${base}_${suffix}`;
  taken.add(name);
  return name;
}

/** Terraform's `before_sensitive`/`after_sensitive`: `{ name: true }` for each sensitive attribute present. */
export function sensitiveMarks(value: unknown, sensitive: readonly string[]): Record<string, true> {
  const marks: Record<string, true> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return marks;
  for (const name of sensitive) if (name in value) marks[name] = true;
  return marks;
}

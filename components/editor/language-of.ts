/** The Monaco language of a repo file, by extension. */
export function languageOf(path: string): string {
  if (/\.(tf|tfvars|hcl)$/i.test(path)) return 'hcl';
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  if (/\.md$/i.test(path)) return 'markdown';
  return 'plaintext';
}

/**
 * A Terraform resource or variable name from an object name: lower-case snake_case of its ASCII
 * letters and digits (accents dropped, everything else a separator), prefixed with `_` rather than
 * starting with a digit; `fallback` when nothing is left (e.g. a name written only in CJK). Pure.
 */
export function slugifyName(name: string, fallback = 'imported'): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // camelCase → camel_case before lowering
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase();
  const slug = ascii.replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  if (slug === '') return fallback;
  return /^[0-9]/.test(slug) ? `_${slug}` : slug;
}

import type { TImportFile } from './types.ts';

// Resources first (lists and rules before the policies naming them), then their variables and the
// `import {}` blocks; `versions.tf` and the tfvars example do not belong in a module's file.
const ORDER = ['channels.tf', 'rules.tf', 'policies.tf', 'variables.tf', 'imports.tf'];

/**
 * The generated files of `generateImportModule` as the text of one `.tf` file: resources,
 * variables and `import {}` blocks, separated by a blank line; `versions.tf` and
 * `terraform.tfvars.example` are left out. Appended after `existing` (a file's current text) when
 * given. Returns '' when there is nothing to write. Pure.
 */
export function mergeImportFiles(files: readonly TImportFile[], existing?: string): string {
  const parts = ORDER.map((name) => files.find((file) => file.path === name)?.text.trimEnd())
    .filter((text): text is string => Boolean(text))
    .map((text) => `${text}\n`);
  if (parts.length === 0) return '';
  const generated = parts.join('\n');
  if (!existing?.trim()) return generated;
  return `${existing.trimEnd()}\n\n${generated}`;
}

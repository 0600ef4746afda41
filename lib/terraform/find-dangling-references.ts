import { suggestAddress } from './suggest-address.ts';
import type { TReference, TTerraformDiagnostic } from './types.ts';

/**
 * `dangling-reference` errors for references to resources, data sources, variables, locals and
 * module calls the module does not declare, at the reference's position, with a "did you mean"
 * hint over the existing addresses (the keys of `addresses`). Providers are not checked (they may be implicit). Never throws.
 */
export function findDanglingReferences(
  references: readonly TReference[],
  addresses: ReadonlyMap<string, unknown>,
): TTerraformDiagnostic[] {
  const out: TTerraformDiagnostic[] = [];
  for (const reference of references) {
    const target = reference.target;
    if (target === null || target.startsWith('provider.') || addresses.has(target)) continue;
    const diagnostic: TTerraformDiagnostic = {
      severity: 'error',
      code: 'dangling-reference',
      message: `${reference.from} refers to ${describe(target)}, which is not declared in this module (in \`${reference.attribute}\`: ${reference.text}).`,
      file: reference.file,
      line: reference.range.line,
      column: reference.range.column,
      endLine: reference.range.endLine,
      endColumn: reference.range.endColumn,
      address: reference.from,
      attribute: reference.attribute,
    };
    const hint = suggestAddress(target, addresses.keys());
    if (hint) diagnostic.hint = hint;
    out.push(diagnostic);
  }
  return out;
}

function describe(target: string): string {
  if (target.startsWith('var.')) return `the variable \`${target}\``;
  if (target.startsWith('local.')) return `the local value \`${target}\``;
  if (target.startsWith('data.')) return `the data source \`${target}\``;
  if (target.startsWith('module.')) return `the module call \`${target}\``;
  return `the resource \`${target}\``;
}

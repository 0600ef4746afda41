import type { TEntity, TTerraformDiagnostic } from './types.ts';

/**
 * `duplicate-address` errors for entities declared more than once: one diagnostic at every
 * occurrence, each naming the other positions. Never throws.
 */
export function findDuplicateAddresses(entities: readonly TEntity[]): TTerraformDiagnostic[] {
  const first = new Map<string, TEntity>();
  let duplicated: Map<string, TEntity[]> | null = null;
  for (const entity of entities) {
    const seen = first.get(entity.address);
    if (seen === undefined) {
      first.set(entity.address, entity);
      continue;
    }
    duplicated ??= new Map();
    const list = duplicated.get(entity.address);
    if (list) list.push(entity);
    else duplicated.set(entity.address, [seen, entity]);
  }
  const out: TTerraformDiagnostic[] = [];
  for (const [address, list] of duplicated ?? []) {
    for (const entity of list) {
      const others = list
        .filter((other) => other !== entity)
        .map((o) => `${o.file}:${o.range.line}:${o.range.column}`);
      out.push({
        severity: 'error',
        code: 'duplicate-address',
        message: `${address} is declared more than once; it is also declared at ${others.join(', ')}.`,
        file: entity.file,
        line: entity.range.line,
        column: entity.range.column,
        endLine: entity.range.endLine,
        endColumn: entity.range.endColumn,
        address,
        hint: 'Rename or remove one of the declarations: every address in a module must be unique.',
      });
    }
  }
  return out;
}

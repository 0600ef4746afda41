import type { TModule } from '../terraform/types.ts';

/**
 * A key that changes whenever anything a resource's evaluation may read besides its own block
 * changes: module and root paths, every variable, local, data source, provider, output and
 * module call (address, position and source text), and every tfvars file. Resource blocks are
 * left out: a resource reads other resources only as values unknown before apply. Pure.
 */
export function describeEvaluationContext(terraformModule: TModule): string {
  const parts = [terraformModule.path, terraformModule.rootPath];
  for (const file of terraformModule.files) {
    if (file.kind === 'tfvars' || file.kind === 'tfvars-json') parts.push(file.path, file.text);
    for (const entity of file.entities) {
      if (entity.kind === 'resource') continue;
      const range = entity.attribute?.range ?? entity.range;
      // Where it starts too: a diagnostic inside it (a local's bad index) carries its position.
      parts.push(
        entity.address,
        file.path,
        `${range.start}:${range.line}:${range.column}`,
        file.text.slice(range.start, range.end),
      );
    }
  }
  return parts.join('\0');
}

import { encodeString } from '../hcl/index.ts';
import type { THclItem } from './hcl-item.ts';
import { TYPES_WITHOUT_IMPORTER } from './importable-types.ts';
import { joinBlocks } from './join-blocks.ts';
import { rawAttribute } from './raw-attribute.ts';
import type { TPlannedResource } from './types.ts';

/**
 * `imports.tf`: an `import { to, id }` block (Terraform 1.5+) per resource. Types without an
 * importer (managed policies, #736) get a comment instead: Terraform would reject the block, and
 * their create adopts the managed policy by name and type anyway (spec §4.7).
 */
export function renderImportsFile(resources: readonly TPlannedResource[]): string {
  const items: THclItem[] = resources.map((resource) =>
    TYPES_WITHOUT_IMPORTER.has(resource.definition.type)
      ? {
          kind: 'comment',
          text: `${resource.address} (id ${resource.id}): no importer in the provider (#736); apply adopts it by name and type.`,
        }
      : {
          kind: 'block',
          type: 'import',
          labels: [],
          items: [
            rawAttribute('to', resource.address),
            rawAttribute('id', encodeString(resource.id)),
          ],
        },
  );
  return joinBlocks(
    'Adopts the live objects into Terraform state (Terraform 1.5+): run terraform plan, then apply.',
    items,
  );
}

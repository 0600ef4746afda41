import { z } from 'zod';
import type { TBindings } from '../plan/live-snapshot.ts';

const ZTerraformState = z.object({
  resources: z
    .array(
      z.object({
        mode: z.string(),
        type: z.string(),
        name: z.string(),
        module: z.string().optional(),
        instances: z.array(z.object({ attributes: z.record(z.string(), z.unknown()).optional() })),
      }),
    )
    .default([]),
});

/**
 * Bindings from a `terraform.tfstate` (format 4): each managed `sysdig_*` resource of the root
 * module with one instance gives address → id, so Rampart takes over what Terraform applied.
 * Returns {} for text that is not a state file.
 */
export function seedBindingsFromTfstate(text: string): TBindings {
  let parsed: z.infer<typeof ZTerraformState>;
  try {
    parsed = ZTerraformState.parse(JSON.parse(text));
  } catch {
    return {};
  }
  const bindings: TBindings = {};
  for (const resource of parsed.resources) {
    if (
      resource.mode !== 'managed' ||
      resource.module ||
      !resource.type.startsWith('sysdig_') ||
      resource.instances.length !== 1
    )
      continue;
    const id = resource.instances[0]?.attributes?.id;
    if (typeof id === 'string' || typeof id === 'number')
      bindings[`${resource.type}.${resource.name}`] = { id: String(id), type: resource.type };
  }
  return bindings;
}

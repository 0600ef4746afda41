import type { TBlockModel, TRequiredProvider } from './types.ts';

/**
 * The `required_providers` entries of `terraform` blocks: `sysdig = { source, version }` or the
 * legacy `sysdig = "~> 1.0"` (a version only). Never throws.
 */
export function collectRequiredProviders(
  terraformBlocks: readonly TBlockModel[],
): TRequiredProvider[] {
  const out: TRequiredProvider[] = [];
  for (const block of terraformBlocks) {
    for (const nested of block.blocks) {
      if (nested.type !== 'required_providers') continue;
      for (const attribute of Object.values(nested.attributes)) {
        const value = attribute.value;
        if (typeof value === 'string') {
          out.push({ name: attribute.name, source: null, version: value });
        } else if (value && typeof value === 'object' && !Array.isArray(value)) {
          const source = (value as Record<string, unknown>).source;
          const version = (value as Record<string, unknown>).version;
          out.push({
            name: attribute.name,
            source: typeof source === 'string' ? source : null,
            version: typeof version === 'string' ? version : null,
          });
        } else {
          out.push({ name: attribute.name, source: null, version: null });
        }
      }
    }
  }
  return out;
}

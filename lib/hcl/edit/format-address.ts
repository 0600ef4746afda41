import type { HclEditAddress } from './types.ts';

/**
 * Renders an address for messages: `resource.sysdig_secure_policy.prod.actions[0].capture[0].name`.
 * Never throws.
 */
export function formatAddress(address: HclEditAddress): string {
  let out = address.block.join('.');
  for (const step of address.path ?? []) out += `.${step.block}[${step.index}]`;
  if (address.attribute !== undefined) out += `.${address.attribute}`;
  return out;
}

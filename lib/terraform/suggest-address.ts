import { measureEditDistance } from './measure-edit-distance.ts';

/**
 * The "did you mean" hint for a missing address: the closest existing address of the same kind
 * (resource, `data.`, `var.`, `local.`, `module.`) by edit distance when it is close (at most a
 * third of the name, min 2); otherwise the existing addresses of the same resource type, if any;
 * otherwise undefined. Never throws.
 */
export function suggestAddress(missing: string, existing: Iterable<string>): string | undefined {
  const kind = kindOf(missing);
  const candidates = [...existing].filter((address) => kindOf(address) === kind);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = measureEditDistance(missing, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const name = missing.slice(missing.lastIndexOf('.') + 1);
  if (best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)))
    return `Did you mean \`${best}\`?`;
  const prefix = missing.slice(0, missing.lastIndexOf('.') + 1);
  const sameType = candidates.filter(
    (c) => c.startsWith(prefix) && !c.slice(prefix.length).includes('.'),
  );
  if (sameType.length > 0) {
    const listed = sameType.slice(0, 5).map((c) => `\`${c}\``);
    const choice = listed.length === 1 ? listed[0] : `one of ${listed.join(', ')}`;
    return `Did you mean ${choice}? Otherwise declare \`${missing}\`.`;
  }
  return undefined;
}

function kindOf(address: string): string {
  for (const prefix of ['data.', 'var.', 'local.', 'module.', 'output.', 'provider.'])
    if (address.startsWith(prefix)) return prefix;
  return 'resource';
}

import { isUnknownValue } from '../terraform/config-value.ts';
import { parseReference } from './parse-reference.ts';

/**
 * Addresses of the managed resources a configuration references (through its unknown values'
 * `references`), sorted and deduplicated: the edges of the apply graph. Pure.
 */
export function collectReferences(config: unknown): string[] {
  const addresses = new Set<string>();
  const visit = (value: unknown): void => {
    if (isUnknownValue(value)) {
      for (const reference of value.references) {
        const parsed = parseReference(reference);
        if (parsed) addresses.add(parsed.address);
      }
      return;
    }
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  visit(config);
  return [...addresses].sort();
}

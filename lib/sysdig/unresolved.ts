import type { TConfigValue, TUnknownValue } from '../terraform/config-value.ts';
import type { TApiRefs } from './definition.ts';
import { isUnknown } from './schema-helpers.ts';

/**
 * The marker toApi leaves where a value is not known before apply: the same TUnknownValue shape
 * the configuration uses, so `isUnknownValue` recognises it in payloads too.
 */
export function unresolvedMarker(expression: string, references: string[] = []): TUnknownValue {
  return { $unknown: true, references, expression };
}

/**
 * Resolves an id-valued configuration element to the API's int: numbers pass, numeric strings are
 * parsed (Go `strconv.Atoi` after TrimSpace; a bad string becomes 0 like the SEED provider, spec §2.1),
 * unknown values are looked up through `refs.resolveId` for their `….id` reference, else the marker.
 */
export function resolveIdValue(value: TConfigValue, refs: TApiRefs): number | TUnknownValue {
  if (typeof value === 'number') return Math.trunc(value);
  if (typeof value === 'string') {
    const text = value.trim();
    return /^[+-]?\d+$/.test(text) ? Number.parseInt(text, 10) : 0;
  }
  if (isUnknown(value)) {
    for (const reference of value.references) {
      if (!reference.endsWith('.id')) continue;
      const id = refs.resolveId(reference);
      if (id !== undefined) return id;
    }
    return unresolvedMarker(value.expression, [...value.references]);
  }
  return 0;
}

/** Paths (`policy.notificationChannelIds[0]`) of every unresolved marker inside a payload. */
export function findUnresolved(payload: unknown, path = ''): string[] {
  if (isUnknown(payload)) return [path];
  if (Array.isArray(payload))
    return payload.flatMap((item, index) => findUnresolved(item, `${path}[${index}]`));
  if (typeof payload === 'object' && payload !== null) {
    return Object.entries(payload).flatMap(([key, item]) =>
      findUnresolved(item, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

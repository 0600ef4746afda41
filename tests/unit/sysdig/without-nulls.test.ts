import { describe, expect, it } from 'vitest';
import type { TConfigObject } from '@/lib/sysdig/definition';
import { withoutNulls } from '@/lib/sysdig/schema-helpers';
import type { TConfigValue } from '@/lib/terraform/config-value';
import { createRandom } from '../hcl/generate-corpus';

// A slow but obviously right reference: copy everything, drop null-valued keys at every depth.
function reference(value: TConfigValue): TConfigValue {
  if (Array.isArray(value)) return value.map(reference);
  if (value === null || typeof value !== 'object' || '$unknown' in value) return value;
  const out: Record<string, TConfigValue> = {};
  for (const [key, item] of Object.entries(value))
    if (item !== null)
      Object.defineProperty(out, key, {
        value: reference(item),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  return out;
}

function randomValue(next: () => number, depth: number): TConfigValue {
  const roll = next();
  if (depth > 3 || roll < 0.35)
    return [null, 'x', 4, true, { $unknown: true, references: [], expression: 'a.b' }][
      Math.floor(next() * 5)
    ] as TConfigValue;
  if (roll < 0.6)
    return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(next, depth + 1));
  const object: Record<string, TConfigValue> = {};
  for (const key of ['a', 'b', '__proto__', 'constructor', 'c'].filter(() => next() < 0.5))
    Object.defineProperty(object, key, {
      value: randomValue(next, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return object;
}

describe('[sysdig] withoutNulls', () => {
  it('[sysdig] equals a full copy without null keys on 2,000 random configurations; shares what has no null', () => {
    const next = createRandom(7);
    for (let i = 0; i < 2000; i += 1) {
      const config = { root: randomValue(next, 0) } as TConfigObject;
      const before = JSON.stringify(config);
      const result = withoutNulls(config);
      expect(result).toEqual(reference(config));
      expect(JSON.stringify(config)).toBe(before);
      expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
      if (!before.includes(':null')) expect(result).toBe(config);
    }
  });
});

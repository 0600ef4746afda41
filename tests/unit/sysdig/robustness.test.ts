import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  listResourceTypes,
  validateProviderConfig,
  validateResourceConfig,
  type TConfigObject,
} from '@/lib/sysdig/index.ts';

const definitions = listResourceTypes().map(
  (definition) => [`${definition.type}@${definition.variant}`, definition] as const,
);

/** Objects whose keys are mostly the definition's own attribute names, with arbitrary JSON values. */
function configArbitrary(names: string[]): fc.Arbitrary<TConfigObject> {
  const key = fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 6 }));
  return fc.dictionary(key, fc.jsonValue({ maxDepth: 3 })) as fc.Arbitrary<TConfigObject>;
}

describe('[sysdig] never throws on arbitrary input (property)', () => {
  it.each(definitions)(
    '[sysdig] %s: canonical, fromApi and validate are total',
    (_key, definition) => {
      const names = definition.attributes.map((meta) => meta.name);
      fc.assert(
        fc.property(configArbitrary(names), fc.jsonValue({ maxDepth: 4 }), (config, live) => {
          const canonical = definition.canonical(config);
          expect(definition.canonical(canonical)).toEqual(canonical);
          expect(() => definition.fromApi(live)).not.toThrow();
          expect(() => definition.canonical(definition.fromApi(live))).not.toThrow();
          const issues = validateResourceConfig(definition.type, config);
          // toApi succeeds exactly when validation reports no error.
          let isBuilt = true;
          try {
            definition.toApi(config, { resolveId: () => undefined });
          } catch {
            isBuilt = false;
          }
          expect(issues.some((issue) => issue.severity === 'error')).toBe(!isBuilt);
        }),
        { numRuns: 150 },
      );
    },
  );

  it('[sysdig] validateProviderConfig is total', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })), (config) =>
        Array.isArray(validateProviderConfig(config as TConfigObject)),
      ),
    );
  });
});

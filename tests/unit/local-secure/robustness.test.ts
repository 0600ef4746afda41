import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBackend, type TTestBackend } from './helpers.ts';

const WRITE_ENDPOINTS: [string, string][] = [
  ['POST', '/api/policies'],
  ['PUT', '/api/policies/priorities'],
  ['PUT', '/api/settings/falco/userRulesFile'],
  ['POST', '/api/notificationChannels'],
  ['POST', '/api/v2/policies'],
  ['POST', '/api/secure/rules'],
  ['POST', '/api/secure/falco/lists'],
  ['POST', '/api/secure/falco/macros'],
];

// Any JSON body gets a well-formed answer: success or a shape-1 4xx, never a 500.
describe('[local-secure] robustness', () => {
  let backend: TTestBackend;
  beforeAll(async () => {
    backend = await startTestBackend();
  });
  afterAll(async () => {
    await backend.dispose();
  });

  it('[local-secure] arbitrary JSON bodies never cause a 500 and errors are shape 1', async () => {
    const wrapped = fc.oneof(
      fc.jsonValue(),
      fc.record({ policy: fc.jsonValue() }),
      fc.record({
        name: fc.string(),
        details: fc.jsonValue(),
        items: fc.jsonValue(),
        condition: fc.jsonValue(),
        rules: fc.jsonValue(),
        ruleNames: fc.jsonValue(),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...WRITE_ENDPOINTS),
        wrapped,
        async ([method, path], body) => {
          const response = await backend.api(method, path, JSON.stringify(body));
          expect(
            response.status === 200 || response.status === 400 || response.status === 409,
          ).toBe(true);
          if (response.status !== 200) {
            const errors = (response.json as { errors?: { reason: unknown; message: unknown }[] })
              .errors;
            expect(typeof errors?.[0]?.message).toBe('string');
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

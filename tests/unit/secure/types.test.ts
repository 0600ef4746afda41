import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ZRule, ZV1Policy, ZV2Policy } from '../../../lib/secure/types.ts';

async function fixture(name: string): Promise<unknown> {
  return JSON.parse(
    await readFile(new URL(`../../../../shared/spec/fixtures/${name}`, import.meta.url), 'utf8'),
  ) as unknown;
}

// The schemas accept the real captures and SDK samples of spec §9.2, keeping every field.
describe('[secure] API schemas', () => {
  it('[secure] parse the real rule create/update responses losslessly', async () => {
    for (const name of ['rule_create_response.real.json', 'rule_update_response.real.json']) {
      const raw = await fixture(name);
      const parsed = ZRule.parse(raw);
      expect(parsed).toEqual(raw);
      expect(parsed.warnings?.[0]?.code).toBe('LOAD_NO_EVTTYPE');
    }
  });

  it('[secure] parse the SDK v1 and v2 policy samples losslessly', async () => {
    const v1 = await fixture('policy_v1_sdk_spec_sample.json');
    expect(ZV1Policy.parse(v1)).toEqual(v1);
    const v2 = await fixture('policy_v2_sdk_spec_sample.json');
    expect(ZV2Policy.parse(v2)).toEqual(v2);
  });

  it('[secure] reject an object without its required fields', () => {
    expect(ZRule.safeParse({ name: 'x' }).success).toBe(false);
    expect(ZV2Policy.safeParse({ description: 'no name' }).success).toBe(false);
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SWITCHES } from '../../../lib/local-secure/default-switches.ts';
import { startTestBackend, type TTestBackend } from './helpers.ts';

type TJson = Record<string, unknown>;

const FALCO_RULE = {
  name: 'switch rule',
  tags: [],
  details: {
    ruleType: 'FALCO',
    source: 'syscall',
    output: 'o',
    priority: 'info',
    condition: { condition: 'proc.name=x' },
  },
};

// Spec §11: the unverified behaviours, each switchable.
describe('[local-secure] §11 switches', () => {
  let backend: TTestBackend;
  beforeAll(async () => {
    backend = await startTestBackend();
  });
  afterEach(() => {
    backend.server.localSecure.setSwitches(DEFAULT_SWITCHES);
  });
  afterAll(async () => {
    await backend.dispose();
  });

  it('[local-secure] conflictOnStaleVersion=false accepts stale versions (last write wins)', async () => {
    const list = (
      await backend.api('POST', '/api/secure/falco/lists', { name: 'lww', items: { items: [] } })
    ).json as TJson;
    backend.server.localSecure.setSwitches({ conflictOnStaleVersion: false });
    await backend.api('PUT', `/api/secure/falco/lists/${String(list.id)}`, {
      name: 'lww',
      items: { items: ['a'] },
      version: 1,
    });
    const stale = await backend.api('PUT', `/api/secure/falco/lists/${String(list.id)}`, {
      name: 'lww',
      items: { items: ['b'] },
      version: 1,
    });
    expect(stale.status).toBe(200);
    expect(stale.json).toMatchObject({ version: 3, items: { items: ['b'] } });
  });

  it('[local-secure] requireVersionOnUpdate rejects an update without version', async () => {
    const macro = (
      await backend.api('POST', '/api/secure/falco/macros', {
        name: 'needs_version',
        condition: { condition: 'a' },
      })
    ).json as TJson;
    backend.server.localSecure.setSwitches({ requireVersionOnUpdate: true });
    const response = await backend.api('PUT', `/api/secure/falco/macros/${String(macro.id)}`, {
      name: 'needs_version',
      condition: { condition: 'b' },
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.json)).toContain('"version\\" is required');
  });

  it('[local-secure] emitRuleWarnings adds LOAD_NO_EVTTYPE warnings like the real capture', async () => {
    backend.server.localSecure.setSwitches({ emitRuleWarnings: true });
    const rule = (await backend.api('POST', '/api/secure/rules', FALCO_RULE)).json as TJson;
    expect(rule.warnings).toEqual([
      {
        code: 'LOAD_NO_EVTTYPE',
        rule: 'switch rule',
        message:
          'Rule matches too many evt.type values. This has a significant performance penalty.',
        enabled_in_policies: null,
        agent_versions: ['linux-14.7.0'],
      },
    ]);
  });

  it('[local-secure] rejectListMatchingRuleTypes rejects deprecated rule types', async () => {
    const container = {
      name: 'containers',
      tags: [],
      details: { ruleType: 'CONTAINER', containers: { items: ['nginx'], matchItems: true } },
    };
    expect((await backend.api('POST', '/api/secure/rules', container)).status).toBe(200);
    backend.server.localSecure.setSwitches({ rejectListMatchingRuleTypes: true });
    expect((await backend.api('POST', '/api/secure/rules', container)).status).toBe(400);
  });

  it('[local-secure] validateConditions=false accepts unbalanced conditions', async () => {
    backend.server.localSecure.setSwitches({ validateConditions: false });
    expect(
      (
        await backend.api('POST', '/api/secure/falco/macros', {
          name: 'unbalanced',
          condition: { condition: '(a' },
        })
      ).status,
    ).toBe(200);
  });

  it('[local-secure] defaultListLimit caps unlimited list reads; an explicit limit wins', async () => {
    backend.server.localSecure.setSwitches({ defaultListLimit: 1 });
    expect(((await backend.api('GET', '/api/v2/policies')).json as unknown[]).length).toBe(1);
    expect(((await backend.api('GET', '/api/v2/policies?limit=2')).json as unknown[]).length).toBe(
      2,
    );
  });
});

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { startLocalSecureServer } from '@/lib/local-secure/start-local-secure-server';
import type { TPlan } from '@/lib/plan/plan-model';
import { applyPlan } from '@/lib/runs/apply-plan';
import { fileBindings } from '@/lib/runs/file-bindings';
import { loadModuleDesired } from '@/lib/runs/load-module-desired';
import { planAgainstSecure } from '@/lib/runs/plan-against-secure';
import { createSecureClient } from '@/lib/secure/create-secure-client';
import { tempDir } from '../../helpers/test-repo';

type TServer = Awaited<ReturnType<typeof startLocalSecureServer>>;
let server: TServer;
let work: string;

beforeEach(async () => {
  server = await startLocalSecureServer({ dataDir: tempDir(), token: 'test-token', port: 0 });
  work = tempDir();
  cpSync(path.resolve('lib/workspace/sample'), work, { recursive: true });
});
afterEach(async () => server.close());

const client = () =>
  createSecureClient({
    baseUrl: server.url,
    token: 'test-token',
    retry: { maxAttempts: 3, minDelayMs: 5, maxDelayMs: 20, maxTotalMs: 2_000 },
  });
const moduleDir = (root: string) => path.join(work, root);
const bindingsOf = (root: string) =>
  fileBindings(path.join(moduleDir(root), '.rampart', 'state.json'), moduleDir(root));

async function plan(root: string): Promise<TPlan> {
  const loaded = await loadModuleDesired(moduleDir(root));
  expect(loaded.hasErrors).toBe(false);
  return (await planAgainstSecure(client(), loaded.desired, await bindingsOf(root).read())).plan;
}

async function apply(root: string, reviewed: TPlan | null = null) {
  const loaded = await loadModuleDesired(moduleDir(root));
  return applyPlan({
    client: client(),
    desired: loaded.desired,
    bindings: bindingsOf(root),
    reviewed,
    commit: null,
    actor: 'test',
    lockDir: tempDir(),
  });
}

const actionsOf = (p: TPlan) =>
  Object.fromEntries(
    p.resource_changes
      .filter((c) => c.change.actions[0] !== 'no-op')
      .map((c) => [c.address, c.change.actions.join('+')]),
  );

describe('[runs] plan and apply against the local Secure backend', () => {
  it.each(['current', 'legacy-2018'])(
    '[runs] %s: plan on an empty backend, apply, plan again shows no changes',
    async (root) => {
      const first = await plan(root);
      expect(first.summary.add).toBeGreaterThan(3);
      const record = await apply(root, first);
      expect(record.status).toBe('succeeded');
      expect(record.steps.every((s) => s.status === 'done')).toBe(true);
      const second = await plan(root);
      expect(actionsOf(second)).toEqual({});
      expect(second.summary).toMatchObject({
        add: 0,
        change: 0,
        destroy: 0,
        import: 0,
        replace: 0,
      });
    },
  );

  it('[runs] every current resource type: apply, then plan shows no changes; secrets never appear in the plan', async () => {
    cpSync(path.resolve('tests/fixtures/modules/all-types'), path.join(work, 'all-types'), {
      recursive: true,
    });
    const first = await plan('all-types');
    expect(first.summary.add).toBe(16);
    const record = await apply('all-types', first);
    expect(record.steps.filter((s) => s.status !== 'done')).toEqual([]);
    expect(actionsOf(await plan('all-types'))).toEqual({});
    // Secrets were sent to Secure raw but never appear in the plan.
    expect(JSON.stringify(first)).not.toContain('s3cr3t-value');
  });

  it('[runs] a change made in Secure shows as drift on exactly that attribute', async () => {
    expect((await apply('current')).status).toBe('succeeded');
    const state = JSON.parse(
      readFileSync(path.join(moduleDir('current'), '.rampart', 'state.json'), 'utf8'),
    ) as Record<string, { id: string }>;
    const listId = Number(state['sysdig_secure_list.trusted_shell_parents']!.id);
    const live = await client().getList(listId);
    await client().updateList(listId, {
      ...live,
      items: { items: ['sshd', 'tmux', 'screen', 'nc'] },
      version: live.version!,
    });
    const drifted = await plan('current');
    const change = drifted.resource_changes.find(
      (c) => c.address === 'sysdig_secure_list.trusted_shell_parents',
    )!;
    expect(change.change.actions).toEqual(['update']);
    expect(change.drift.map((d) => d.path)).toEqual(['items']);
    expect(actionsOf(drifted)).toEqual({ 'sysdig_secure_list.trusted_shell_parents': 'update' });
  });

  it('[runs] a change in code shows exactly that update; renaming a Falco rule replaces it', async () => {
    expect((await apply('current')).status).toBe('succeeded');
    const file = path.join(moduleDir('current'), 'policies.tf');
    writeFileSync(file, readFileSync(file, 'utf8').replace('severity    = 2', 'severity    = 5'));
    const updated = await plan('current');
    expect(actionsOf(updated)).toEqual({
      'sysdig_secure_custom_policy.production_shells': 'update',
    });
    const change = updated.resource_changes.find(
      (c) => c.address === 'sysdig_secure_custom_policy.production_shells',
    )!;
    expect(change.attributes.map((a) => [a.path, a.before, a.after])).toEqual([['severity', 2, 5]]);

    const falco = path.join(moduleDir('current'), 'falco.tf');
    writeFileSync(
      falco,
      readFileSync(falco, 'utf8').replace(
        '"Interactive shell in production"',
        '"Interactive shell in prod"',
      ),
    );
    const renamed = await plan('current');
    expect(actionsOf(renamed)['sysdig_secure_rule_falco.shell_in_production']).toBe('replace');
    expect((await apply('current', renamed)).status).toBe('succeeded');
    expect(actionsOf(await plan('current'))).toEqual({});
  });

  it('[runs] a 503 mid-apply: the run says what was done, failed and not started; nothing is applied twice; the next apply converges', async () => {
    // The 4th write fails (even after retries); everything after it stops.
    server.localSecure.addFaults([{ method: 'POST', afterCount: 3, status: 503, times: 10 }]);
    const failed = await apply('current');
    expect(failed.status).toBe('failed');
    const counts = { done: 0, failed: 0, 'not-started': 0 };
    for (const step of failed.steps) counts[step.status as keyof typeof counts] += 1;
    expect(counts.done).toBeGreaterThanOrEqual(3);
    expect(counts.failed).toBeGreaterThanOrEqual(1);
    expect(counts['not-started']).toBeGreaterThanOrEqual(1);
    expect(failed.steps.find((s) => s.status === 'failed')!.error).toMatch(/503/);
    server.localSecure.clearFaults();
    const remaining = await plan('current');
    // Exactly the steps that did not finish remain to be created.
    const done = new Set(
      failed.steps
        .filter((s) => s.status === 'done' && s.action === 'create')
        .map((s) => s.address),
    );
    for (const address of Object.keys(actionsOf(remaining))) expect(done.has(address)).toBe(false);
    server.localSecure.clearRequestLog();
    expect((await apply('current')).status).toBe('succeeded');
    const posts = server.localSecure
      .getRequestLog()
      .filter((r) => r.method === 'POST' && !r.path.includes('/v2/policies/actions'));
    // Nothing applied twice: one create per resource still missing.
    expect(posts.length).toBe(
      Object.values(actionsOf(remaining)).filter((a) => a.startsWith('create')).length,
    );
    expect(actionsOf(await plan('current'))).toEqual({});
  });

  it('[runs] a dropped connection is retried and nothing is created twice', async () => {
    server.localSecure.addFaults([
      { method: 'POST', pathPattern: 'notificationChannels', drop: true, times: 1 },
    ]);
    expect((await apply('current')).status).toBe('succeeded');
    const channels = await client().listChannels();
    const names = channels.map((c) => c.name).sort();
    expect(names).toEqual([...new Set(names)]);
    expect(actionsOf(await plan('current'))).toEqual({});
  });

  it('[runs] a persistent 409 fails the step with a conflict that names the object; the rest does not start', async () => {
    expect((await apply('current')).status).toBe('succeeded');
    const file = path.join(moduleDir('current'), 'falco.tf');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('"sshd", "tmux", "screen"', '"sshd", "tmux"'),
    );
    server.localSecure.addFaults([{ method: 'PUT', pathPattern: 'falco/lists', status: 409 }]);
    const record = await apply('current');
    expect(record.status).toBe('failed');
    const failed = record.steps.find((s) => s.status === 'failed')!;
    expect(failed.address).toBe('sysdig_secure_list.trusted_shell_parents');
    expect(failed.error).toMatch(/409/);
    expect(failed.error).toMatch(/trusted_shell_parents/);
    server.localSecure.clearFaults();
    expect((await apply('current')).status).toBe('succeeded');
    expect(actionsOf(await plan('current'))).toEqual({});
  });

  it('[runs] a plan made stale by a change in Secure is refused with a clear message', async () => {
    expect((await apply('current')).status).toBe('succeeded');
    const file = path.join(moduleDir('current'), 'policies.tf');
    writeFileSync(file, readFileSync(file, 'utf8').replace('severity    = 2', 'severity    = 3'));
    const reviewed = await plan('current');
    const state = JSON.parse(
      readFileSync(path.join(moduleDir('current'), '.rampart', 'state.json'), 'utf8'),
    ) as Record<string, { id: string }>;
    const channelId = Number(state['sysdig_secure_notification_channel_email.secops']!.id);
    const channel = await client().getChannel(channelId);
    await client().updateChannel(channelId, {
      ...channel,
      name: 'Renamed in the UI',
      version: channel.version!,
    });
    const error = await apply('current', reviewed).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CONFLICT');
    expect((error as AppError).userMessage).toContain('changed since this plan was made');
  });

  it('[runs] two concurrent applies on one backend never interleave', async () => {
    const lockDir = tempDir();
    const loaded = await loadModuleDesired(moduleDir('current'));
    const legacy = await loadModuleDesired(moduleDir('legacy-2018'));
    server.localSecure.clearRequestLog();
    const run = (desired: typeof loaded.desired, root: string) =>
      applyPlan({
        client: client(),
        desired,
        bindings: bindingsOf(root),
        reviewed: null,
        commit: null,
        actor: root,
        lockDir,
        onEvent: undefined,
      });
    const [a, b] = await Promise.all([
      run(loaded.desired, 'current'),
      run(legacy.desired, 'legacy-2018'),
    ]);
    expect([a.status, b.status]).toEqual(['succeeded', 'succeeded']);
    // Writes of the two runs form two blocks in the request log (v2 endpoints vs v1 endpoints).
    const writes = server.localSecure
      .getRequestLog()
      .filter((r) => r.method !== 'GET' && !r.path.includes('/v2/policies/actions'));
    const era = writes.map((r) =>
      /\/api\/(policies|settings)/.test(r.path) ? 'legacy' : 'current',
    );
    const switches = era.filter((e, i) => i > 0 && e !== era[i - 1]).length;
    expect(switches).toBeLessThanOrEqual(1);
  });
});

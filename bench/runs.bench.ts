import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLocalSecureServer } from '../lib/local-secure/start-local-secure-server.ts';
import type { TBindings } from '../lib/plan/live-snapshot.ts';
import type { TDesiredResource } from '../lib/plan/plan-model.ts';
import { applyPlan } from '../lib/runs/apply-plan.ts';
import { planAgainstSecure } from '../lib/runs/plan-against-secure.ts';
import { createSecureClient } from '../lib/secure/create-secure-client.ts';

const TOKEN = 'bench-token';

function desiredResources(policies: number, rules: number, channels: number): TDesiredResource[] {
  const out: TDesiredResource[] = [];
  for (let i = 0; i < channels; i += 1) {
    out.push({
      address: `sysdig_secure_notification_channel_email.c${i}`,
      type: 'sysdig_secure_notification_channel_email',
      name: `c${i}`,
      config: { name: `channel ${i}`, recipients: [`team${i}@example.com`] },
    });
  }
  for (let i = 0; i < rules; i += 1) {
    out.push({
      address: `sysdig_secure_rule_falco.r${i}`,
      type: 'sysdig_secure_rule_falco',
      name: `r${i}`,
      config: {
        name: `Bench rule ${i}`,
        condition: `proc.name = p${i}`,
        output: `rule ${i}`,
        priority: 'warning',
        source: 'syscall',
        tags: ['bench'],
      },
    });
  }
  for (let i = 0; i < policies; i += 1) {
    const channel = `sysdig_secure_notification_channel_email.c${i % channels}.id`;
    const rule = `sysdig_secure_rule_falco.r${i % rules}.name`;
    out.push({
      address: `sysdig_secure_custom_policy.p${i}`,
      type: 'sysdig_secure_custom_policy',
      name: `p${i}`,
      config: {
        name: `Bench policy ${i}`,
        description: `policy ${i}`,
        severity: 4,
        rules: [{ name: { $unknown: true, references: [rule], expression: rule } }],
        notification_channels: [{ $unknown: true, references: [channel], expression: channel }],
      },
    });
  }
  return out;
}

/**
 * Plan 1,000 policies + 1,000 rules + 100 channels against the local Secure backend (issue target
 * ≤ 2 s), with the requests it makes beside what a per-resource refresh would make (one GET per
 * resource, as `terraform plan` does); and apply 200 creates.
 */
export default async function runsBenchmark(): Promise<Record<string, unknown>> {
  const server = await startLocalSecureServer({
    dataDir: mkdtempSync(path.join(tmpdir(), 'rampart-bench-runs-')),
    token: TOKEN,
    port: 0,
  });
  try {
    const client = () => createSecureClient({ baseUrl: server.url, token: TOKEN });
    let bindings: TBindings = {};
    const store = {
      read: async () => bindings,
      write: async (next: TBindings) => void (bindings = next),
    };
    const lockDir = mkdtempSync(path.join(tmpdir(), 'rampart-bench-lock-'));

    // Apply 200 creates (100 channels, 50 rules, 50 policies).
    const small = desiredResources(50, 50, 100);
    let started = performance.now();
    const applyClient = client();
    const applied = await applyPlan({
      client: applyClient,
      desired: small,
      bindings: store,
      reviewed: null,
      commit: null,
      actor: 'bench',
      lockDir,
    });
    const applyMs = performance.now() - started;

    // Bring the backend to 1,000 policies + 1,000 rules + 100 channels, all bound.
    const large = desiredResources(1000, 1000, 100);
    const seeded = await applyPlan({
      client: client(),
      desired: large,
      bindings: store,
      reviewed: null,
      commit: null,
      actor: 'bench',
      lockDir,
      concurrency: 8,
    });

    const planClient = client();
    started = performance.now();
    const { plan, requestCount } = await planAgainstSecure(planClient, large, bindings);
    const planMs = performance.now() - started;
    return {
      apply200: {
        status: applied.status,
        steps: applied.steps.length,
        wallMs: Math.round(applyMs),
        requests: applyClient.requestCount,
      },
      plan: {
        resources: large.length,
        seeded: seeded.status,
        wallMs: Math.round(planMs),
        targetMs: 2000,
        requests: requestCount,
        perResourceRefreshRequests: large.length,
        noOp: plan.summary.noOp,
        changes:
          plan.summary.add + plan.summary.change + plan.summary.destroy + plan.summary.import,
      },
    };
  } finally {
    await server.close();
  }
}

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Agent, request } from 'node:http';
import path from 'node:path';
import { startLocalSecureServer } from '../lib/local-secure/start-local-secure-server.ts';
import { createSecureClient } from '../lib/secure/create-secure-client.ts';
import { mapWithConcurrency } from '../lib/secure/map-with-concurrency.ts';
import { readAllSnapshot } from '../lib/secure/read-all-snapshot.ts';

const POLICIES = 1_000;
const CHANNELS = 100;
const RULES = 1_000;
const LOAD_SECONDS = 5;
const LOAD_CONCURRENCY = 32;

/** One keep-alive GET through node:http (far lighter than fetch, so the server is what is measured). */
function httpGet(agent: Agent, port: number, path: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, path, agent, headers: { authorization: `Bearer ${token}` } },
      (incoming) => {
        incoming.resume();
        incoming.on('end', () => resolve(incoming.statusCode ?? 0));
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** Runs `get` from LOAD_CONCURRENCY lanes for `seconds`; counts 200s per second and failures. */
async function measureGets(
  seconds: number,
  get: (index: number) => Promise<number>,
): Promise<{ perSecond: number; failures: number }> {
  let completed = 0;
  let failures = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: LOAD_CONCURRENCY }, async (_, lane) => {
      for (let index = lane; performance.now() < deadline; index += LOAD_CONCURRENCY) {
        if ((await get(index)) === 200) completed += 1;
        else failures += 1;
      }
    }),
  );
  return { perSecond: Math.round(completed / ((performance.now() - started) / 1000)), failures };
}

/**
 * Local Secure + client: seeds 1,000 v2 policies, 100 channels and 1,000 rules through the client,
 * runs readAllSnapshot over them, then measures sustained keep-alive GET throughput for 5 s with
 * node:http (`getsPerSecond`, target ≥ 2,000/s) and for 5 s with fetch (`getsPerSecondViaFetch`,
 * whose client costs dominate). Client and server share one process: the figures are lower bounds.
 */
export default async function benchLocalSecure(): Promise<Record<string, number>> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rampart-bench-local-secure-'));
  const token = 'bench-token';
  const server = await startLocalSecureServer({ port: 0, dataDir, token });
  try {
    const client = createSecureClient({ baseUrl: server.url, token, retry: { maxAttempts: 1 } });
    const seedStarted = performance.now();
    const indexes = (count: number): number[] => Array.from({ length: count }, (_, index) => index);
    const rules = await mapWithConcurrency(indexes(RULES), 16, (index) =>
      client.createRule({
        name: `bench rule ${index}`,
        description: 'bench',
        tags: ['bench'],
        details: {
          ruleType: 'FALCO',
          source: 'syscall',
          output: 'out %proc.name',
          priority: 'notice',
          condition: { condition: `evt.type=open and proc.name=p${index}`, components: [] },
        },
      }),
    );
    const channels = await mapWithConcurrency(indexes(CHANNELS), 16, (index) =>
      client.createChannel({
        type: 'EMAIL',
        name: `bench channel ${index}`,
        enabled: true,
        options: {
          emailRecipients: [`a${index}@example.com`],
          notifyOnOk: false,
          notifyOnResolve: false,
        },
      }),
    );
    const policies = await mapWithConcurrency(indexes(POLICIES), 16, (index) =>
      client.createV2Policy({
        name: `bench policy ${index}`,
        description: 'bench',
        severity: 4,
        enabled: true,
        rules: [{ ruleName: `bench rule ${index}`, enabled: true }],
        actions: [],
        notificationChannelIds: [Number(channels[index % CHANNELS]?.id)],
        type: 'falco',
      }),
    );
    const seedMs = performance.now() - seedStarted;

    const snapshotStarted = performance.now();
    const snapshot = await readAllSnapshot(client, {
      ruleIds: rules.map((rule) => Number(rule.id)),
      concurrency: 16,
    });
    const snapshotMs = performance.now() - snapshotStarted;

    const ids = policies.map((policy) => Number(policy.id));
    const httpAgent = new Agent({ keepAlive: true, maxSockets: LOAD_CONCURRENCY });
    const viaHttp = await measureGets(LOAD_SECONDS, (index) =>
      httpGet(httpAgent, server.port, `/api/v2/policies/${ids[index % ids.length] ?? 1}`, token),
    );
    const viaFetch = await measureGets(LOAD_SECONDS, async (index) => {
      const response = await fetch(
        `${server.url}/api/v2/policies/${ids[index % ids.length] ?? 1}`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      await response.arrayBuffer();
      return response.status;
    });
    httpAgent.destroy();
    return {
      seededObjects: RULES + CHANNELS + POLICIES,
      seedMs: Math.round(seedMs),
      seedWritesPerSecond: Math.round((RULES + CHANNELS + POLICIES) / (seedMs / 1000)),
      snapshotRequests: snapshot.requestCount,
      snapshotMs: Math.round(snapshotMs),
      snapshotV2Policies: snapshot.v2Policies.length,
      snapshotRules: snapshot.rules.length,
      getsPerSecond: viaHttp.perSecond,
      getFailures: viaHttp.failures,
      getsPerSecondViaFetch: viaFetch.perSecond,
      getFailuresViaFetch: viaFetch.failures,
      loadConcurrency: LOAD_CONCURRENCY,
    };
  } finally {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

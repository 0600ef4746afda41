import { addUser } from '../lib/auth/manage-users.ts';
import { percentile, startServer } from './helpers/start-server.ts';

const USERS = 50;
const SECONDS = Number(
  process.argv.find((a) => a.startsWith('--load-seconds='))?.split('=')[1] ?? 60,
);
const FILE = 'current/policies.tf';
const CSRF = { 'x-rampart-request': '1', 'content-type': 'application/json' };

type TOp = 'view' | 'read' | 'save' | 'history' | 'plan';

/**
 * 50 concurrent simulated users (each signed in, each with their own draft) view the workspace,
 * read and save a file, plan against the embedded Secure, and read history for 60 s against a server on loopback. Reports p50/p95
 * per operation, 5xx count, and verifies no edit was lost: every user's file ends exactly as
 * their last successful save left it.
 */
export default async function loadBenchmark(): Promise<Record<string, unknown>> {
  const server = await startServer(async (dataDir) => {
    for (let i = 0; i < USERS; i += 1) {
      await addUser(dataDir, {
        username: `load-${i}`,
        password: `load-password-${i}`,
        role: 'editor',
      });
    }
  });
  try {
    const latencies: Record<TOp, number[]> = {
      view: [],
      read: [],
      save: [],
      history: [],
      plan: [],
    };
    const statuses = new Map<number, number>();
    const lastSaved = new Map<number, string>();
    const call = async (op: TOp, url: string, init: RequestInit): Promise<Response> => {
      const started = performance.now();
      const response = await fetch(`${server.url}${url}`, init);
      latencies[op].push(performance.now() - started);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      return response;
    };
    const fileUrl = `/api/workspaces/sample/file?branch=main&path=${encodeURIComponent(FILE)}`;
    const deadline = Date.now() + SECONDS * 1000;
    await Promise.all(
      Array.from({ length: USERS }, async (_, user) => {
        const signIn = await fetch(`${server.url}/api/auth/sign-in`, {
          method: 'POST',
          headers: CSRF,
          body: JSON.stringify({ username: `load-${user}`, password: `load-password-${user}` }),
        });
        const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
        const headers = { cookie };
        for (let round = 0; Date.now() < deadline; round += 1) {
          await call('view', '/api/workspaces/sample/files?branch=main', { headers });
          const file = (await (await call('read', fileUrl, { headers })).json()) as {
            content: string;
            etag: string;
          };
          const content = `${file.content}# user ${user} round ${round}\n`;
          const saved = await call('save', fileUrl, {
            method: 'PUT',
            headers: { ...headers, ...CSRF },
            body: JSON.stringify({ content, baseEtag: file.etag }),
          });
          if (saved.status === 200) lastSaved.set(user, content);
          if (round % 5 === 0)
            await call('history', '/api/workspaces/sample/commits?branch=main', { headers });
          if (round % 5 === 2)
            await call('plan', '/api/workspaces/sample/plans?branch=main', {
              method: 'POST',
              headers: { ...headers, ...CSRF },
            });
        }
        const final = await fetch(`${server.url}${fileUrl}`, { headers });
        const finalContent = ((await final.json()) as { content: string }).content;
        if (finalContent !== lastSaved.get(user)) statuses.set(-1, (statuses.get(-1) ?? 0) + 1);
      }),
    );
    const serverErrors = [...statuses.entries()]
      .filter(([status]) => status >= 500)
      .reduce((n, [, count]) => n + count, 0);
    const summary = (values: number[]) => ({
      requests: values.length,
      p50Ms: Math.round(percentile(values, 50) * 10) / 10,
      p95Ms: Math.round(percentile(values, 95) * 10) / 10,
    });
    return {
      users: USERS,
      seconds: SECONDS,
      totalRequests: Object.values(latencies).reduce((n, v) => n + v.length, 0),
      serverErrors,
      lostEdits: statuses.get(-1) ?? 0,
      statuses: Object.fromEntries([...statuses.entries()].filter(([s]) => s > 0)),
      view: summary(latencies.view),
      read: summary(latencies.read),
      save: summary(latencies.save),
      history: summary(latencies.history),
      plan: summary(latencies.plan),
    };
  } finally {
    await server.stop();
  }
}

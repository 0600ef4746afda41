import { beforeAll, describe, expect, it } from 'vitest';
import type { TRole } from '@/lib/auth/roles';
import { hasRole } from '@/lib/auth/roles';
import { addUser } from '@/lib/auth/manage-users';
import { createSession } from '@/lib/auth/session-store';
import { readUsers } from '@/lib/auth/user-store';
import { parseEnv, setEnv } from '@/lib/env';
import { ensureSampleWorkspace } from '@/lib/workspace/ensure-sample-workspace';
import { apiRouteFiles, samplePathOf } from '../../helpers/route-files';
import { tempDir } from '../../helpers/test-repo';

type THandler = ((
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>) & {
  requiredRole?: 'public' | TRole;
};

const ROLES: TRole[] = ['viewer', 'editor', 'approver', 'admin'];
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;
const userIds: Partial<Record<TRole, string>> = {};
let dataDir = '';

beforeAll(async () => {
  dataDir = tempDir();
  setEnv(parseEnv({ RAMPART_DATA_DIR: dataDir }));
  await ensureSampleWorkspace(dataDir);
  for (const role of ROLES)
    await addUser(dataDir, { username: `user-${role}`, password: `${role}-password-123`, role });
  for (const user of await readUsers(dataDir)) userIds[user.role] = user.id;
});

// A fresh session per request: the sign-out route ends the session it is called with.
async function cookieFor(role: TRole): Promise<string> {
  const { token } = await createSession(dataDir, userIds[role]!);
  return `rampart_session=${token}`;
}

function request(method: string, path: string, cookie: string | null): Request {
  return new Request(`http://127.0.0.1:3000${path}?branch=main&path=current%2Fpolicies.tf`, {
    method,
    headers: {
      host: '127.0.0.1:3000',
      'x-rampart-request': '1',
      ...(cookie ? { cookie } : {}),
      ...(method === 'GET' ? {} : { 'content-type': 'application/json' }),
    },
    body: method === 'GET' ? undefined : '{}',
  });
}

describe('[auth] every route declares its role, and every role gets exactly what it may', async () => {
  const files = apiRouteFiles();
  it('[auth] finds the API routes', () => expect(files.length).toBeGreaterThan(8));

  for (const file of files) {
    const routeModule = (await import(`../../../${file}`)) as Record<string, THandler | undefined>;
    for (const method of METHODS) {
      const handler = routeModule[method];
      if (!handler) continue;
      it(`[auth] ${method} ${samplePathOf(file)}`, async () => {
        expect(
          handler.requiredRole,
          `${file} ${method} must be wrapped in withRoute with a role`,
        ).toBeDefined();
        const required = handler.requiredRole!;
        const params = Promise.resolve({
          workspaceId: 'sample',
          rest: ['x', 'y'],
        } as unknown as Record<string, string>);
        const anonymous = await handler(request(method, samplePathOf(file), null), { params });
        if (required === 'public') expect(anonymous.status).not.toBe(403);
        else expect(anonymous.status).toBe(401);
        for (const role of ROLES) {
          const response = await handler(
            request(method, samplePathOf(file), await cookieFor(role)),
            { params },
          );
          const allowed = required === 'public' || hasRole(role, required);
          if (allowed) expect([401, 403], `${role} should pass`).not.toContain(response.status);
          else expect(response.status, `${role} should be refused`).toBe(403);
          expect(response.status, `${role}: never a 500`).toBeLessThan(500);
        }
      });
    }
  }
});

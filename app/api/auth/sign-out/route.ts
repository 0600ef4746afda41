import { withRoute } from '@/lib/api/with-route';
import { SESSION_COOKIE, readCookie } from '@/lib/auth/get-actor';
import { clearedSessionCookie } from '@/lib/auth/session-cookie';
import { revokeSession } from '@/lib/auth/session-store';
import { appendAuditEvent } from '@/lib/audit/append-audit-event';
import { ZOk } from '@/lib/contracts/workspace-api';
import { getEnv } from '@/lib/env';

export const POST = withRoute({
  role: 'public',
  output: ZOk,
  handler: async ({ request, actor, setHeader }) => {
    const token = readCookie(request, SESSION_COOKIE);
    if (token) await revokeSession(getEnv().dataDir, token);
    if (actor && !actor.isLocalDefault)
      await appendAuditEvent(getEnv().dataDir, { actor: actor.username, action: 'sign-out' });
    setHeader('set-cookie', clearedSessionCookie(request));
    return { ok: true as const };
  },
});

import 'server-only';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { AppError } from '../errors/app-error.ts';
import { verifyPassword } from './hash-password.ts';
import { loginWaitMs, recordLoginFailure, recordLoginSuccess } from './login-throttle.ts';
import { createSession } from './session-store.ts';
import { readUsers, type TStoredUser } from './user-store.ts';

// Compared against when the username is unknown, so both failures take the same time.
const DUMMY_HASH =
  'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/**
 * Checks a username and password and starts a session. Throttled per username (lockout with
 * backoff after repeated failures). Every outcome is audited. Throws AppError('UNAUTHORIZED')
 * with one message for any wrong username/password, ('FORBIDDEN') while locked out.
 */
export async function signIn(
  dataDir: string,
  username: string,
  password: string,
): Promise<{ token: string; expiresAt: number; user: TStoredUser }> {
  const key = username.trim().toLowerCase();
  const wait = loginWaitMs(key);
  if (wait > 0) {
    await appendAuditEvent(dataDir, {
      actor: key,
      action: 'sign-in-failed',
      detail: { reason: 'locked-out' },
    });
    throw new AppError('FORBIDDEN', {
      message: `too many failed sign-ins for "${key}"; try again in ${Math.ceil(wait / 1000)} s`,
      details: { retryAfterSeconds: Math.ceil(wait / 1000) },
    });
  }
  const user = (await readUsers(dataDir)).find((u) => u.username.toLowerCase() === key);
  const isValid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !isValid) {
    recordLoginFailure(key);
    await appendAuditEvent(dataDir, {
      actor: key,
      action: 'sign-in-failed',
      detail: { reason: 'bad-credentials' },
    });
    throw new AppError('UNAUTHORIZED', { message: 'wrong username or password' });
  }
  recordLoginSuccess(key);
  const session = await createSession(dataDir, user.id);
  await appendAuditEvent(dataDir, { actor: user.username, action: 'sign-in' });
  return { ...session, user };
}

import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/auth/hash-password';
import { loginWaitMs, recordLoginFailure, recordLoginSuccess } from '@/lib/auth/login-throttle';
import { addUser, listUsers, removeUser, updateUser } from '@/lib/auth/manage-users';
import { createSession, readSession, revokeSession } from '@/lib/auth/session-store';
import { signIn } from '@/lib/auth/sign-in';
import { readAuditEvents } from '@/lib/audit/read-audit-events';
import { AppError } from '@/lib/errors/app-error';
import { tempDir } from '../../helpers/test-repo';

let dataDir: string;
beforeEach(() => {
  dataDir = tempDir();
});

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  return promise.then(
    () => null,
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );
}

describe('[auth] local accounts', () => {
  it('[auth] passwords are scrypt-hashed with a salt and verified in constant time', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterz', a)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });

  it('[auth] add, list, update and remove users; the file is 0600 and holds no password', async () => {
    await addUser(dataDir, {
      username: 'alice',
      password: 'alice-password-1',
      role: 'editor',
      name: 'Alice A',
    });
    expect(
      await codeOf(
        addUser(dataDir, { username: 'ALICE', password: 'another-password', role: 'viewer' }),
      ),
    ).toBe('CONFLICT');
    expect(
      await codeOf(addUser(dataDir, { username: 'bob', password: 'short', role: 'viewer' })),
    ).toBe('INVALID_INPUT');
    expect(
      await codeOf(
        addUser(dataDir, { username: '../etc', password: 'long-enough-pw', role: 'viewer' }),
      ),
    ).toBe('INVALID_INPUT');
    expect((await listUsers(dataDir)).map((u) => [u.username, u.role, u.name])).toEqual([
      ['alice', 'editor', 'Alice A'],
    ]);
    const file = path.join(dataDir, 'users.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).not.toContain('alice-password-1');
    await updateUser(dataDir, 'alice', { role: 'approver', password: 'new-alice-password' });
    expect((await listUsers(dataDir))[0]?.role).toBe('approver');
    await removeUser(dataDir, 'alice');
    expect(await listUsers(dataDir)).toEqual([]);
    expect(await codeOf(removeUser(dataDir, 'alice'))).toBe('NOT_FOUND');
  });

  it('[auth] sessions: created, read, revoked; only hashes are stored', async () => {
    const { token, expiresAt } = await createSession(dataDir, 'user-1');
    expect(expiresAt).toBeGreaterThan(Date.now());
    expect(await readSession(dataDir, token)).toBe('user-1');
    expect(readFileSync(path.join(dataDir, 'sessions.json'), 'utf8')).not.toContain(token);
    await revokeSession(dataDir, token);
    expect(await readSession(dataDir, token)).toBeNull();
    expect(await readSession(dataDir, 'forged-token')).toBeNull();
  });

  it('[auth] an expired session is refused', async () => {
    const { token } = await createSession(dataDir, 'user-2');
    const file = path.join(dataDir, 'sessions.json');
    const sessions = JSON.parse(readFileSync(file, 'utf8')) as Record<
      string,
      { expiresAt: number }
    >;
    for (const session of Object.values(sessions)) session.expiresAt = Date.now() - 1;
    writeFileSync(file, JSON.stringify(sessions));
    expect(await readSession(dataDir, token)).toBeNull();
  });

  it('[auth] sign-in: one message for unknown user and wrong password; lockout with backoff; audited', async () => {
    await addUser(dataDir, { username: 'carol', password: 'carol-password-1', role: 'viewer' });
    expect(await codeOf(signIn(dataDir, 'nobody', 'whatever-password'))).toBe('UNAUTHORIZED');
    for (let i = 0; i < 5; i += 1)
      expect(await codeOf(signIn(dataDir, 'carol', `wrong-${i}`))).toBe('UNAUTHORIZED');
    // Locked out now, even with the right password.
    expect(await codeOf(signIn(dataDir, 'carol', 'carol-password-1'))).toBe('FORBIDDEN');
    recordLoginSuccess('carol');
    const session = await signIn(dataDir, 'Carol', 'carol-password-1');
    expect(await readSession(dataDir, session.token)).toBe(session.user.id);
    const actions = (await readAuditEvents(dataDir)).map((e) => e.action);
    expect(actions[0]).toBe('sign-in');
    expect(actions.filter((a) => a === 'sign-in-failed')).toHaveLength(7);
  });

  it('[auth] throttle backoff doubles after five failures and is capped', () => {
    const key = `k-${Math.random()}`;
    const now = 1_000_000;
    for (let i = 0; i < 4; i += 1) recordLoginFailure(key, now);
    expect(loginWaitMs(key, now)).toBe(0);
    recordLoginFailure(key, now);
    expect(loginWaitMs(key, now)).toBe(1000);
    recordLoginFailure(key, now);
    expect(loginWaitMs(key, now)).toBe(2000);
    for (let i = 0; i < 30; i += 1) recordLoginFailure(key, now);
    expect(loginWaitMs(key, now)).toBe(15 * 60 * 1000);
  });
});

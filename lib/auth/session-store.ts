import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { withLock } from '../workspace/with-lock.ts';
import { writeFileAtomic } from '../workspace/write-file-atomic.ts';

/** How long a session lasts after sign-in. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

const ZSession = z.object({ userId: z.string(), createdAt: z.number(), expiresAt: z.number() });
const ZSessionFile = z.record(z.string(), ZSession);
type TSessions = z.infer<typeof ZSessionFile>;

// Only a hash of each session token is stored: a leaked sessions file opens no session.
function tokenKey(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

function sessionsFile(dataDir: string): string {
  return path.join(dataDir, 'sessions.json');
}

async function readSessions(dataDir: string): Promise<TSessions> {
  const text = await readFile(sessionsFile(dataDir), 'utf8').catch(() => null);
  return text === null ? {} : ZSessionFile.parse(JSON.parse(text));
}

async function updateSessions(
  dataDir: string,
  change: (sessions: TSessions, now: number) => void,
): Promise<void> {
  await withLock(`sessions:${dataDir}`, async () => {
    const sessions = await readSessions(dataDir);
    const now = Date.now();
    change(sessions, now);
    for (const [key, session] of Object.entries(sessions))
      if (session.expiresAt <= now) delete sessions[key];
    await mkdir(dataDir, { recursive: true });
    await writeFileAtomic(sessionsFile(dataDir), JSON.stringify(sessions), 0o600);
  });
}

/** Starts a session for `userId`; returns the token for the cookie and its expiry. */
export async function createSession(
  dataDir: string,
  userId: string,
): Promise<{ token: string; expiresAt: number }> {
  const token = randomBytes(32).toString('base64url');
  let expiresAt = 0;
  await updateSessions(dataDir, (sessions, now) => {
    expiresAt = now + SESSION_LIFETIME_MS;
    sessions[tokenKey(token)] = { userId, createdAt: now, expiresAt };
  });
  return { token, expiresAt };
}

/** The user id of a live session, or null (unknown, revoked or expired). */
export async function readSession(dataDir: string, token: string): Promise<string | null> {
  const session = (await readSessions(dataDir))[tokenKey(token)];
  return session && session.expiresAt > Date.now() ? session.userId : null;
}

/** Ends a session (sign-out). */
export async function revokeSession(dataDir: string, token: string): Promise<void> {
  await updateSessions(dataDir, (sessions) => {
    delete sessions[tokenKey(token)];
  });
}

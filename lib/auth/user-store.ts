import 'server-only';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../workspace/write-file-atomic.ts';
import { withLock } from '../workspace/with-lock.ts';
import { ZRole } from './roles.ts';

/** A local account as stored (the password only as a scrypt hash). */
export const ZStoredUser = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  email: z.string(),
  role: ZRole,
  passwordHash: z.string(),
  createdAt: z.string(),
});
export type TStoredUser = z.infer<typeof ZStoredUser>;

const ZUserFile = z.object({ users: z.array(ZStoredUser) });

/** Path of the accounts file. */
export function usersFile(dataDir: string): string {
  return path.join(dataDir, 'users.json');
}

/** Every account (none when the file does not exist yet). */
export async function readUsers(dataDir: string): Promise<TStoredUser[]> {
  const text = await readFile(usersFile(dataDir), 'utf8').catch(() => null);
  return text === null ? [] : ZUserFile.parse(JSON.parse(text)).users;
}

/** Reads, changes and writes the accounts file under a lock (mode 0600). */
export async function updateUsers<T>(
  dataDir: string,
  change: (users: TStoredUser[]) => { users: TStoredUser[]; result: T },
): Promise<T> {
  return withLock(`users:${dataDir}`, async () => {
    const { users, result } = change(await readUsers(dataDir));
    await mkdir(dataDir, { recursive: true });
    await writeFileAtomic(usersFile(dataDir), `${JSON.stringify({ users }, null, 2)}\n`, 0o600);
    return result;
  });
}

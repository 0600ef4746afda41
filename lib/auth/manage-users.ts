import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { hashPassword } from './hash-password.ts';
import type { TRole } from './roles.ts';
import { readUsers, updateUsers, type TStoredUser } from './user-store.ts';

/** A username: 2–64 of letters, digits, `.`, `_`, `-`, `@`. */
export const ZUsername = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$/,
    'must be 2–64 letters, digits, ".", "_", "-" or "@", starting with a letter or digit',
  );

/** A password: at least 10 characters. */
export const ZPassword = z.string().min(10, 'must be at least 10 characters').max(1024);

/** A user as shown anywhere (never the hash). */
export type TPublicUser = Omit<TStoredUser, 'passwordHash'>;

function toPublic({ passwordHash: _hash, ...user }: TStoredUser): TPublicUser {
  return user;
}

/** Creates an account. Throws AppError('INVALID_INPUT') for a bad name/password, ('CONFLICT') if it exists. */
export async function addUser(
  dataDir: string,
  input: { username: string; password: string; role: TRole; name?: string; email?: string },
): Promise<TPublicUser> {
  const username = parseOrThrow(ZUsername, input.username, 'username');
  parseOrThrow(ZPassword, input.password, 'password');
  const passwordHash = await hashPassword(input.password);
  return updateUsers(dataDir, (users) => {
    if (users.some((u) => u.username.toLowerCase() === username.toLowerCase())) {
      throw new AppError('CONFLICT', { message: `user "${username}" already exists` });
    }
    const user: TStoredUser = {
      id: randomUUID(),
      username,
      name: input.name?.trim() || username,
      email: input.email?.trim() || `${username.replace(/@.*/, '')}@users.rampart.localhost`,
      role: input.role,
      passwordHash,
      createdAt: new Date().toISOString(),
    };
    return { users: [...users, user], result: toPublic(user) };
  });
}

/** Removes an account. Throws AppError('NOT_FOUND'). */
export async function removeUser(dataDir: string, username: string): Promise<void> {
  await updateUsers(dataDir, (users) => {
    const kept = users.filter((u) => u.username !== username);
    if (kept.length === users.length)
      throw new AppError('NOT_FOUND', { message: `no user "${username}"` });
    return { users: kept, result: undefined };
  });
}

/** Sets an account's password (and optionally its role). Throws AppError('NOT_FOUND' | 'INVALID_INPUT'). */
export async function updateUser(
  dataDir: string,
  username: string,
  change: { password?: string; role?: TRole },
): Promise<TPublicUser> {
  if (change.password !== undefined) parseOrThrow(ZPassword, change.password, 'password');
  const passwordHash =
    change.password !== undefined ? await hashPassword(change.password) : undefined;
  return updateUsers(dataDir, (users) => {
    const user = users.find((u) => u.username === username);
    if (!user) throw new AppError('NOT_FOUND', { message: `no user "${username}"` });
    const next = {
      ...user,
      ...(passwordHash ? { passwordHash } : {}),
      ...(change.role ? { role: change.role } : {}),
    };
    return { users: users.map((u) => (u === user ? next : u)), result: toPublic(next) };
  });
}

/** Every account, without password hashes. */
export async function listUsers(dataDir: string): Promise<TPublicUser[]> {
  return (await readUsers(dataDir)).map(toPublic);
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, name: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const reason = result.error.issues[0]?.message ?? 'is invalid';
    throw new AppError('INVALID_INPUT', {
      message: `${name} ${reason}`,
      invalidParams: [{ name, reason }],
    });
  }
  return result.data;
}

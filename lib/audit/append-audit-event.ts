import 'server-only';
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { withLock } from '../workspace/with-lock.ts';

/** What the audit log records (append-only JSON lines in `<data dir>/audit.log`). */
export const ZAuditEvent = z.object({
  time: z.string(),
  actor: z.string(),
  action: z.enum([
    'sign-in',
    'sign-in-failed',
    'sign-out',
    'commit',
    'push',
    'plan',
    'apply',
    'import',
    'user-add',
    'user-remove',
    'user-update',
    'workspace-add',
    'workspace-update',
  ]),
  target: z.string().optional(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});
export type TAuditEvent = z.infer<typeof ZAuditEvent>;

/** Path of the audit log. */
export function auditLogFile(dataDir: string): string {
  return path.join(dataDir, 'audit.log');
}

/** Appends one event (the time is set here). Never pass secrets in `detail`. */
export async function appendAuditEvent(
  dataDir: string,
  event: Omit<TAuditEvent, 'time'>,
): Promise<void> {
  const line = `${JSON.stringify(ZAuditEvent.parse({ time: new Date().toISOString(), ...event }))}\n`;
  await withLock(`audit:${dataDir}`, async () => {
    await mkdir(dataDir, { recursive: true });
    await appendFile(auditLogFile(dataDir), line, { mode: 0o600 });
  });
}

import 'server-only';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { writeFileAtomic } from '../workspace/write-file-atomic.ts';
import type { TRunRecord } from './run-types.ts';

/**
 * Keeps an apply run: the full record (every step's result) in `<data dir>/runs/apply-<id>.json`,
 * and a line in the audit log with the actor, commit, plan hash and the per-step outcome.
 */
export async function recordRun(
  dataDir: string,
  record: TRunRecord,
  target: string,
): Promise<void> {
  const dir = path.join(dataDir, 'runs');
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(
    path.join(dir, `apply-${record.id}.json`),
    `${JSON.stringify(record, null, 2)}\n`,
  );
  const count = (status: string) => record.steps.filter((s) => s.status === status).length;
  const failed = record.steps.find((s) => s.status === 'failed');
  await appendAuditEvent(dataDir, {
    actor: record.actor,
    action: 'apply',
    target,
    detail: {
      run: record.id,
      status: record.status,
      commit: record.commit,
      planHash: record.planHash,
      done: count('done'),
      failed: count('failed'),
      notStarted: count('not-started'),
      failedStep: failed ? `${failed.action} ${failed.address}` : null,
    },
  });
}

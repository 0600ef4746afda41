import 'server-only';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** One plan or apply of a workspace, for the history. */
export interface TRunSummary {
  id: string;
  kind: 'plan' | 'apply';
  actor: string;
  time: string;
  commit: string | null;
  status: string;
  summary: { add: number; change: number; destroy: number; import: number };
  /** Resources changed outside code (plans only). */
  drift?: number;
  message?: string;
  steps?: { address: string; action: string; status: string; error?: string }[];
}

/** The workspace's recorded plans and applies, newest first (at most `limit`). */
export async function listRuns(
  dataDir: string,
  workspaceId: string,
  limit = 100,
): Promise<TRunSummary[]> {
  const dir = path.join(dataDir, 'runs');
  const names = await readdir(dir).catch(() => [] as string[]);
  const runs: TRunSummary[] = [];
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    const value = JSON.parse(
      await readFile(path.join(dir, name), 'utf8').catch(() => 'null'),
    ) as Record<string, unknown> | null;
    if (!value || value.workspace !== workspaceId) continue;
    if (value.kind === 'plan') {
      const plan = value.plan as {
        id: string;
        commit: string | null;
        summary: TRunSummary['summary'];
        resource_changes?: { drift?: unknown[] }[];
      };
      const drift = (plan.resource_changes ?? []).filter(
        (change) => (change.drift?.length ?? 0) > 0,
      ).length;
      runs.push({
        id: plan.id,
        kind: 'plan',
        actor: String(value.actor),
        time: String(value.time),
        commit: plan.commit,
        status: 'planned',
        summary: plan.summary,
        drift,
      });
    } else if (value.kind === 'apply') {
      runs.push({
        id: String(value.id),
        kind: 'apply',
        actor: String(value.actor),
        time: String(value.startedAt),
        commit: (value.commit as string | null) ?? null,
        status: String(value.status),
        summary: value.summary as TRunSummary['summary'],
        ...(typeof value.message === 'string' ? { message: value.message } : {}),
        steps: value.steps as TRunSummary['steps'],
      });
    }
  }
  return runs.sort((a, b) => b.time.localeCompare(a.time)).slice(0, limit);
}

import 'server-only';
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { TActor } from '../auth/get-actor.ts';
import { getEnv } from '../env.ts';
import { AppError } from '../errors/app-error.ts';
import type { TDesiredResource, TPlan } from '../plan/plan-model.ts';
import { renderPlanText } from '../plan/render-plan-text.ts';
import { indexDraft } from '../workspace/index-draft.ts';
import { listDraftFiles } from '../workspace/list-draft-files.ts';
import { openRequestDraft } from '../workspace/open-request-draft.ts';
import { readDraftHead } from '../workspace/read-draft-head.ts';
import { readWorkspaceConfig } from '../workspace/read-workspace-config.ts';
import { writeFileAtomic } from '../workspace/write-file-atomic.ts';
import { readBindings } from './bindings-store.ts';
import { planAgainstSecure } from './plan-against-secure.ts';
import { bindingsFile, workspaceBackend } from './workspace-backend.ts';

/** A plan of a draft against its workspace's backend, as recorded and shown. */
export interface TDraftPlan {
  plan: TPlan;
  text: string;
  requestCount: number;
  /** True when the draft has no uncommitted changes (only then can it be applied). */
  isDraftClean: boolean;
}

/**
 * Plans the actor's draft (every root module) against the workspace's Secure backend, records the
 * plan under `<data dir>/runs/` and in the audit log. Refuses (INVALID_INPUT) when the draft has
 * validation errors: nothing is planned from invalid code.
 */
export async function planRequestDraft(
  workspaceId: string,
  branch: string | undefined,
  actor: TActor,
): Promise<TDraftPlan> {
  const { dataDir } = getEnv();
  const config = await readWorkspaceConfig(dataDir, workspaceId);
  const draft = await openRequestDraft(workspaceId, branch, actor);
  const roots = await indexDraft(draft, config.roots);
  const errors = roots.flatMap((r) => r.diagnostics.filter((d) => d.severity === 'error'));
  if (errors.length > 0) {
    throw new AppError('INVALID_INPUT', {
      message: `the draft has ${errors.length} error(s); fix them before planning (first: ${errors[0]!.file}:${errors[0]!.line}:${errors[0]!.column} ${errors[0]!.message})`,
    });
  }
  const desired: TDesiredResource[] = roots.flatMap((r) =>
    r.desired.map((d) => ({ ...d, config: d.config as TDesiredResource['config'] })),
  );
  const backend = await workspaceBackend(config);
  const bindings = await readBindings(bindingsFile(workspaceId, backend.key));
  const head = await readDraftHead(draft);
  const { plan, requestCount } = await planAgainstSecure(backend.client, desired, bindings, head);
  const runsDir = path.join(dataDir, 'runs');
  await mkdir(runsDir, { recursive: true });
  await writeFileAtomic(
    path.join(runsDir, `plan-${plan.id || randomUUID()}.json`),
    JSON.stringify({
      kind: 'plan',
      workspace: workspaceId,
      branch: draft.branch,
      actor: actor.username,
      time: new Date().toISOString(),
      plan,
    }),
  );
  await appendAuditEvent(dataDir, {
    actor: actor.username,
    action: 'plan',
    target: `${workspaceId}@${draft.branch}`,
    detail: {
      planHash: plan.contentHash,
      commit: head,
      add: plan.summary.add,
      change: plan.summary.change,
      destroy: plan.summary.destroy,
      import: plan.summary.import,
    },
  });
  const isDraftClean = (await listDraftFiles(draft)).every((f) => f.status === 'unmodified');
  return { plan, text: renderPlanText(plan), requestCount, isDraftClean };
}

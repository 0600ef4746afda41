import 'server-only';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { TActor } from '../auth/get-actor.ts';
import { getEnv } from '../env.ts';
import { AppError } from '../errors/app-error.ts';
import { createGit } from '../git/create-git.ts';
import { log } from '../log/log.ts';
import type { TDesiredResource } from '../plan/plan-model.ts';
import { indexDraft } from '../workspace/index-draft.ts';
import { listDraftFiles } from '../workspace/list-draft-files.ts';
import { openRequestDraft } from '../workspace/open-request-draft.ts';
import { readDraftHead } from '../workspace/read-draft-head.ts';
import { readWorkspaceConfig } from '../workspace/read-workspace-config.ts';
import { applyPlan } from './apply-plan.ts';
import { readBindings, writeBindings } from './bindings-store.ts';
import { recordRun } from './record-run.ts';
import { registerLiveRun } from './run-registry.ts';
import { bindingsFile, workspaceBackend } from './workspace-backend.ts';

/**
 * Starts applying the reviewed plan (`planHash`) of the actor's draft to the workspace's backend,
 * and returns the run id at once; progress is streamed from the run registry. Refused unless the
 * draft is committed (no uncommitted change) and published (its HEAD is the branch's tip), and —
 * inside the apply, under the backend lock — unless a fresh plan has the same hash.
 */
export async function startRequestApply(
  workspaceId: string,
  branch: string | undefined,
  actor: TActor,
  planHash: string,
): Promise<{ runId: string }> {
  const { dataDir } = getEnv();
  const config = await readWorkspaceConfig(dataDir, workspaceId);
  const draft = await openRequestDraft(workspaceId, branch, actor);
  if ((await listDraftFiles(draft)).some((f) => f.status !== 'unmodified')) {
    throw new AppError('CONFLICT', {
      message: 'apply refused: the draft has uncommitted changes',
      userMessage:
        'Commit your changes before applying: an apply always comes from a commit, so it is attributable and repeatable.',
      details: { reason: 'uncommitted' },
    });
  }
  const tip = (
    await createGit(draft.repoDir).raw([
      'rev-parse',
      '--verify',
      `refs/heads/${draft.branch}^{commit}`,
    ])
  ).trim();
  if (tip !== (await readDraftHead(draft))) {
    throw new AppError('CONFLICT', {
      message: 'apply refused: the draft is not the branch tip',
      userMessage: `Your draft is not at the tip of "${draft.branch}" (someone committed since). Pull with rebase, plan again, then apply.`,
      details: { reason: 'branch-moved' },
    });
  }
  const roots = await indexDraft(draft, config.roots);
  const desired: TDesiredResource[] = roots.flatMap((r) =>
    r.desired.map((d) => ({ ...d, config: d.config as TDesiredResource['config'] })),
  );
  const head = await readDraftHead(draft);
  const backend = await workspaceBackend(config);
  const file = bindingsFile(workspaceId, backend.key);
  const runId = randomUUID();
  const publish = registerLiveRun(runId, workspaceId);
  const target = `${workspaceId}@${draft.branch} → ${backend.label}`;
  void applyPlan({
    client: backend.client,
    desired,
    bindings: { read: () => readBindings(file), write: (b) => writeBindings(file, b) },
    reviewed: { contentHash: planHash, commit: head },
    commit: head,
    actor: actor.username,
    lockDir: path.join(dataDir, 'locks'),
    onEvent: (event) =>
      publish(
        event.type === 'finished'
          ? {
              type: 'finished',
              record: {
                ...event.record,
                id: runId,
                workspace: workspaceId,
                backend: backend.label,
              },
            }
          : event,
      ),
  })
    .then((record) =>
      recordRun(
        dataDir,
        { ...record, id: runId, workspace: workspaceId, backend: backend.label },
        target,
      ),
    )
    .catch(async (error: unknown) => {
      const message =
        error instanceof AppError
          ? error.userMessage
          : 'The apply could not start (see the server log).';
      if (!(error instanceof AppError))
        log(
          'error',
          `apply ${runId} failed to start: ${error instanceof Error ? error.message : String(error)}`,
          { runId },
        );
      const record = {
        id: runId,
        kind: 'apply' as const,
        actor: actor.username,
        startedAt: new Date().toISOString(),
        finishedAt: new Date().toISOString(),
        commit: head,
        planHash,
        summary: { add: 0, change: 0, destroy: 0, import: 0, replace: 0, noOp: 0 },
        status: 'refused' as const,
        message,
        steps: [],
        workspace: workspaceId,
        backend: backend.label,
      };
      publish({ type: 'finished', record });
      await recordRun(dataDir, record, target).catch(() => undefined);
    });
  return { runId };
}

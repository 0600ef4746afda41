import 'server-only';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { TActor } from '../auth/get-actor.ts';
import { getEnv } from '../env.ts';
import { AppError } from '../errors/app-error.ts';
import { commitDraft, type TCommitRequest } from './commit-draft.ts';
import { hasOrigin } from './has-origin.ts';
import { openRequestDraft } from './open-request-draft.ts';
import { pushBranch } from './push-branch.ts';

/** A commit's outcome, including the push to origin when the workspace has one. */
export interface TCommitOutcome {
  sha: string;
  push: 'pushed' | 'no-remote' | 'rejected';
  pushMessage?: string;
}

/**
 * Commits the actor's draft of `branch`, pushes it when the workspace has an origin, and records
 * both in the audit log. A push rejected because origin moved is reported (push 'rejected'), not
 * thrown: the commit itself succeeded.
 */
export async function commitRequestDraft(
  workspaceId: string,
  branch: string | undefined,
  actor: TActor,
  request: TCommitRequest,
): Promise<TCommitOutcome> {
  const { dataDir } = getEnv();
  const draft = await openRequestDraft(workspaceId, branch, actor);
  const { sha } = await commitDraft(draft, actor, request);
  const target = `${workspaceId}@${draft.branch}`;
  await appendAuditEvent(dataDir, {
    actor: actor.username,
    action: 'commit',
    target,
    detail: { sha, files: request.files?.length ?? null },
  });
  if (!(await hasOrigin(draft.repoDir))) return { sha, push: 'no-remote' };
  try {
    await pushBranch(draft.repoDir, draft.branch, sha);
    await appendAuditEvent(dataDir, {
      actor: actor.username,
      action: 'push',
      target,
      detail: { sha },
    });
    return { sha, push: 'pushed' };
  } catch (error) {
    if (error instanceof AppError && error.code === 'CONFLICT')
      return { sha, push: 'rejected', pushMessage: error.userMessage };
    throw error;
  }
}

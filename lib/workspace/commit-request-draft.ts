import 'server-only';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { TActor } from '../auth/get-actor.ts';
import { getEnv } from '../env.ts';
import { AppError } from '../errors/app-error.ts';
import { commitDraft, type TCommitRequest } from './commit-draft.ts';
import { commitToNewBranch } from './commit-to-new-branch.ts';
import { hasOrigin } from './has-origin.ts';
import { refuseDuringSync } from './refuse-during-sync.ts';
import { openRequestDraft } from './open-request-draft.ts';
import { pushBranch } from './push-branch.ts';

/** A commit's outcome, including the push to origin when the workspace has one. */
export interface TCommitOutcome {
  sha: string;
  /** The branch the commit is on: the draft's, or the new one it was committed to. */
  branch: string;
  push: 'pushed' | 'no-remote' | 'rejected';
  pushMessage?: string;
}

/**
 * Commits the actor's draft of `branch`, pushes it when the workspace has an origin, and records
 * both in the audit log. A push rejected because origin moved is reported (push 'rejected'), not
 * thrown: the commit itself succeeded. With `newBranch`, the commit goes to that new branch (see
 * commitToNewBranch) and the push creates it on origin.
 */
export async function commitRequestDraft(
  workspaceId: string,
  branch: string | undefined,
  actor: TActor,
  request: TCommitRequest & { newBranch?: string },
): Promise<TCommitOutcome> {
  const { dataDir } = getEnv();
  const current = await openRequestDraft(workspaceId, branch, actor);
  await refuseDuringSync(current);
  const { sha, draft } = request.newBranch
    ? await commitToNewBranch(dataDir, current, actor, { ...request, newBranch: request.newBranch })
    : { ...(await commitDraft(current, actor, request)), draft: current };
  const target = `${workspaceId}@${draft.branch}`;
  await appendAuditEvent(dataDir, {
    actor: actor.username,
    action: 'commit',
    target,
    detail: { sha, files: request.files?.length ?? null },
  });
  if (!(await hasOrigin(draft.repoDir))) return { sha, branch: draft.branch, push: 'no-remote' };
  try {
    await pushBranch(draft.repoDir, draft.branch, sha);
    await appendAuditEvent(dataDir, {
      actor: actor.username,
      action: 'push',
      target,
      detail: { sha },
    });
    return { sha, branch: draft.branch, push: 'pushed' };
  } catch (error) {
    if (error instanceof AppError && error.code === 'CONFLICT')
      return { sha, branch: draft.branch, push: 'rejected', pushMessage: error.userMessage };
    throw error;
  }
}

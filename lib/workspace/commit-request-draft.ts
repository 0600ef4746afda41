import 'server-only';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { TActor } from '../auth/get-actor.ts';
import { getEnv } from '../env.ts';
import { commitDraft, type TCommitRequest } from './commit-draft.ts';
import { openRequestDraft } from './open-request-draft.ts';

/** Commits the actor's draft of `branch` and records the commit in the audit log. */
export async function commitRequestDraft(
  workspaceId: string,
  branch: string | undefined,
  actor: TActor,
  request: TCommitRequest,
): Promise<{ sha: string }> {
  const draft = await openRequestDraft(workspaceId, branch, actor);
  const result = await commitDraft(draft, actor, request);
  await appendAuditEvent(getEnv().dataDir, {
    actor: actor.username,
    action: 'commit',
    target: `${workspaceId}@${draft.branch}`,
    detail: { sha: result.sha, files: request.files?.length ?? null },
  });
  return result;
}

import 'server-only';
import type { TActor } from '../auth/get-actor.ts';
import { getEnv } from '../env.ts';
import { diffDraft, type TDraftResourceChange } from './diff-draft.ts';
import { openRequestDraft } from './open-request-draft.ts';
import { readWorkspaceConfig } from './read-workspace-config.ts';

/**
 * What the actor's draft changes, resource by resource and field by field, against the commit it
 * is based on (HEAD): the review of "what changes in Git", labelled like the form (see diffDraft).
 */
export async function diffRequestDraft(
  workspaceId: string,
  branch: string | undefined,
  actor: TActor,
): Promise<TDraftResourceChange[]> {
  const config = await readWorkspaceConfig(getEnv().dataDir, workspaceId);
  const draft = await openRequestDraft(workspaceId, branch, actor);
  return diffDraft(draft, config.roots);
}

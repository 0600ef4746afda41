import 'server-only';
import type { TActor } from '../auth/get-actor.ts';
import type { TDraftIndex } from '../contracts/index-api.ts';
import { getEnv } from '../env.ts';
import { indexDraft } from './index-draft.ts';
import { openRequestDraft } from './open-request-draft.ts';
import { readWorkspaceConfig } from './read-workspace-config.ts';

/** The index (resources and diagnostics of every root module) of the actor's draft. */
export async function indexRequestDraft(
  workspaceId: string,
  branch: string | undefined,
  actor: TActor,
): Promise<TDraftIndex> {
  const config = await readWorkspaceConfig(getEnv().dataDir, workspaceId);
  const draft = await openRequestDraft(workspaceId, branch, actor);
  return { branch: draft.branch, roots: await indexDraft(draft, config.roots) };
}

import 'server-only';
import type { TActor } from '../auth/get-actor.ts';
import { getEnv } from '../env.ts';
import type { TDraft } from './draft.ts';
import { openDraft } from './open-draft.ts';
import { readWorkspaceConfig } from './read-workspace-config.ts';

/** The acting user's draft of `branch` (default: the workspace's default branch). */
export async function openRequestDraft(
  workspaceId: string,
  branch: string | undefined,
  actor: TActor,
): Promise<TDraft> {
  const { dataDir } = getEnv();
  const config = await readWorkspaceConfig(dataDir, workspaceId);
  return openDraft(dataDir, workspaceId, actor.id, branch ?? config.defaultBranch);
}

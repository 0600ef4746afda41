import 'server-only';
import type { TActor } from '../auth/get-actor.ts';
import { compareText, type TDraftIndex } from '../contracts/index-api.ts';
import { getEnv } from '../env.ts';
import { indexDraft, type TIndexedRoot } from './index-draft.ts';
import { openRequestDraft } from './open-request-draft.ts';
import { readWorkspaceConfig } from './read-workspace-config.ts';

// Each indexed root's resources in address order, made once per report (reports are reused
// while the module is unchanged).
const sortedResources = new WeakMap<TIndexedRoot, TIndexedRoot['resources']>();

/**
 * The index (resources and diagnostics of every root module) of the actor's draft, each root's
 * resources in address order (`compareText`: the resource browser's own sort then finds a fresh
 * index already sorted, a linear pass).
 */
export async function indexRequestDraft(
  workspaceId: string,
  branch: string | undefined,
  actor: TActor,
): Promise<TDraftIndex> {
  const config = await readWorkspaceConfig(getEnv().dataDir, workspaceId);
  const draft = await openRequestDraft(workspaceId, branch, actor);
  const roots = await indexDraft(draft, config.roots);
  return {
    branch: draft.branch,
    roots: roots.map((root) => {
      let resources = sortedResources.get(root);
      if (!resources) {
        resources = [...root.resources].sort((a, b) => compareText(a.address, b.address));
        sortedResources.set(root, resources);
      }
      return { ...root, resources };
    }),
  };
}

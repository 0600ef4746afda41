import 'server-only';
import type { TActor } from '../auth/get-actor.ts';
import { compareText, type TDraftIndex } from '../contracts/index-api.ts';
import { getEnv } from '../env.ts';
import { indexDraft, type TIndexedRoot } from './index-draft.ts';
import { openRequestDraft } from './open-request-draft.ts';
import { readWorkspaceConfig } from './read-workspace-config.ts';

// The last index answered from a set of root reports (reports are reused while a module is
// unchanged), held by the first report: the same answer object is returned again, which lets the
// route keep its serialised form; it goes when the report leaves the index cache.
const answers = new WeakMap<TIndexedRoot, { roots: TIndexedRoot[]; index: TDraftIndex }>();

/**
 * The index (resources and diagnostics of every root module) of the actor's draft, each root's
 * resources in address order (`compareText`: the resource browser's own sort then finds a fresh
 * index already sorted, a linear pass). While no module changed, the very same object is
 * returned (do not mutate it).
 */
export async function indexRequestDraft(
  workspaceId: string,
  branch: string | undefined,
  actor: TActor,
): Promise<TDraftIndex> {
  const config = await readWorkspaceConfig(getEnv().dataDir, workspaceId);
  const draft = await openRequestDraft(workspaceId, branch, actor);
  const roots = await indexDraft(draft, config.roots);
  const last = roots[0] ? answers.get(roots[0]) : undefined;
  if (
    last &&
    last.index.branch === draft.branch &&
    last.roots.length === roots.length &&
    last.roots.every((r, i) => r === roots[i])
  )
    return last.index;
  const index: TDraftIndex = {
    branch: draft.branch,
    roots: roots.map((root) => ({
      ...root,
      resources: [...root.resources].sort((a, b) => compareText(a.address, b.address)),
    })),
  };
  if (roots[0]) answers.set(roots[0], { roots, index });
  return index;
}

import 'server-only';
import path from 'node:path';
import type { TActor } from '../auth/get-actor.ts';
import { getEnv } from '../env.ts';
import { createGit } from '../git/create-git.ts';
import { diffDesiredResources, type TResourceCodeChange } from '../plan/diff-desired-resources.ts';
import { validateModule } from '../validate/validate-module.ts';
import { indexDraft } from './index-draft.ts';
import { openRequestDraft } from './open-request-draft.ts';
import { readHeadFile } from './read-head-file.ts';
import { readWorkspaceConfig } from './read-workspace-config.ts';

const MODULE_FILE = /\.(tf|tfvars|ya?ml)$/;

/**
 * What the actor's draft changes, resource by resource and field by field, against the commit it
 * is based on (HEAD): the review of "what changes in Git", labelled like the form.
 */
export async function diffRequestDraft(
  workspaceId: string,
  branch: string | undefined,
  actor: TActor,
): Promise<TResourceCodeChange[]> {
  const config = await readWorkspaceConfig(getEnv().dataDir, workspaceId);
  const draft = await openRequestDraft(workspaceId, branch, actor);
  const now = await indexDraft(draft, config.roots);
  const listing = await createGit(draft.dir).raw(['ls-tree', '-r', '--name-only', '-z', 'HEAD']);
  const headFiles = listing.split('\0').filter((f) => MODULE_FILE.test(f));
  const changes: TResourceCodeChange[] = [];
  for (const root of now) {
    const inRoot = headFiles.filter((file) => path.posix.dirname(file) === (root.root || '.'));
    const files = [];
    for (const file of inRoot)
      files.push({ path: file, text: (await readHeadFile(draft, file)) ?? '' });
    const before = validateModule({
      modulePath: root.root || '.',
      files,
      readFile: () => null,
    }).desired;
    changes.push(...diffDesiredResources(before, root.desired));
  }
  return changes;
}

import 'server-only';
import path from 'node:path';
import { createGit } from '../git/create-git.ts';
import { diffDesiredResources, type TResourceCodeChange } from '../plan/diff-desired-resources.ts';
import { validateModule } from '../validate/validate-module.ts';
import { computeEtag } from './compute-etag.ts';
import type { TDraft } from './draft.ts';
import { indexDraft } from './index-draft.ts';
import { readDraftText } from './read-draft-text.ts';
import { readHeadFile } from './read-head-file.ts';

const MODULE_FILE = /\.(tf|tfvars|ya?ml)$/;

/** One resource's change in the draft, with its file and that file's ETag (to discard it). */
export interface TDraftResourceChange extends TResourceCodeChange {
  file: string;
  etag: string;
}

/**
 * What the draft changes in the root modules `roots`, resource by resource and field by field,
 * against the commit it is based on (HEAD), labelled like the form. Each change names the file
 * the resource is in (in HEAD when the draft removed it) and that draft file's current ETag.
 * Reads only; throws what git and the file system throw.
 */
export async function diffDraft(draft: TDraft, roots: string[]): Promise<TDraftResourceChange[]> {
  const now = await indexDraft(draft, roots);
  const listing = await createGit(draft.dir).raw(['ls-tree', '-r', '--name-only', '-z', 'HEAD']);
  const allHeadFiles = listing.split('\0').filter(Boolean);
  const headFiles = allHeadFiles.filter((f) => MODULE_FILE.test(f));
  const changes: TDraftResourceChange[] = [];
  for (const root of now) {
    const inRoot = headFiles.filter((file) => path.posix.dirname(file) === (root.root || '.'));
    const files = [];
    for (const file of inRoot)
      files.push({ path: file, text: (await readHeadFile(draft, file)) ?? '' });
    // file() in HEAD reads HEAD's version (e.g. rules.yaml), else every such resource would show
    // as changed. Files of the module folder and below are read ahead (file() is synchronous).
    const prefix = root.root ? `${root.root}/` : '';
    const readable = new Map<string, string>();
    for (const file of allHeadFiles.filter((f) => f.startsWith(prefix) && !/\.tf(vars)?$/.test(f)))
      readable.set(file, (await readHeadFile(draft, file)) ?? '');
    const before = validateModule({
      modulePath: root.root || '.',
      files,
      readFile: (file) => readable.get(path.posix.normalize(file)) ?? null,
    }).desired;
    for (const change of diffDesiredResources(before, root.desired)) {
      const file = change.file ?? '';
      changes.push({
        ...change,
        file,
        etag: computeEtag(file ? readDraftText(draft, file) : null),
      });
    }
  }
  return changes;
}

import 'server-only';
import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TDraft } from './draft.ts';
import { listDraftFiles } from './list-draft-files.ts';

/** A root module's files (repo-relative paths, sorted) with their texts. */
export type TRootFiles = Array<{ path: string; text: string }>;

// Files of a root module folder that Rampart validates together.
const MODULE_FILE = /\.(tf|tfvars|ya?ml)$/;

interface TSnapshot {
  /** The folder's entries and the ignore files' signatures when the file set was taken from git. */
  listing: string;
  /** The module files of the folder (a file that could not be read stays listed). */
  paths: string[];
  /** Texts read, with the signature taken before reading; '' when it must be read again. */
  files: Map<string, { text: string; signature: string }>;
}

// By draft folder and root. Signatures (inode, size, change and modification times) tell
// an unchanged file without reading it; a file whose signature moved is read and compared.
// Like git's "racily clean" entries, a file modified shortly before it was read is read again
// next time: a same-size rewrite within one timestamp tick keeps its signature. "Shortly" is
// RACY_MS on a filesystem with sub-second timestamps (the kernel's tick is a few ms), and
// RACY_COARSE_MS where modification times are whole seconds.
const RACY_MS = 100;
const RACY_COARSE_MS = 2000;
const SNAPSHOTS_KEY = Symbol.for('rampart.root-file-snapshots');
const holder = globalThis as typeof globalThis & { [SNAPSHOTS_KEY]?: Map<string, TSnapshot> };
const snapshots = (holder[SNAPSHOTS_KEY] ??= new Map());
const MAX_SNAPSHOTS = 64;
const READ_BATCH = 64;

/**
 * The module files (`.tf`, `.tfvars`, `.yaml`/`.yml`, not git-ignored, not deleted) directly in
 * `root` of the draft, with their texts. Reads only what changed since the last call for the same
 * draft and root: the file set comes from git only when the folder's entries (or an ignore file)
 * changed, and a file is read again only when its signature (inode, size, ctime, mtime) moved
 * (or when it was modified just before it was last read).
 */
export async function readRootFiles(draft: TDraft, root: string): Promise<TRootFiles> {
  const folder = root || '.';
  const key = `${draft.dir}\0${folder}`;
  const previous = snapshots.get(key);
  const listing = await describeListing(draft.dir, folder);
  const paths: string[] =
    previous && previous.listing === listing
      ? previous.paths
      : await listModuleFiles(draft, folder);
  const files = new Map<string, { text: string; signature: string }>();
  const out: TRootFiles = [];
  const readAt = Date.now();
  // Unchanged files are taken from the snapshot at once; changed ones are read a batch at a time
  // (a thousand reads at once can exhaust file descriptors).
  const toRead: Array<{ file: string; absolute: string; stat: TStat | null }> = [];
  for (const file of paths) {
    const absolute = path.join(draft.dir, file);
    const stat = statOf(absolute);
    const known = previous?.files.get(file);
    // The signature is taken before the read: a write in between leaves a stale signature,
    // which the next call notices and reads again.
    if (known && stat && known.signature === stat.signature) {
      files.set(file, known);
      out.push({ path: file, text: known.text });
    } else toRead.push({ file, absolute, stat });
  }
  for (let i = 0; i < toRead.length; i += READ_BATCH) {
    await Promise.all(
      toRead.slice(i, i + READ_BATCH).map(async ({ file, absolute, stat }) => {
        const text = await readFile(absolute, 'utf8').catch((error: NodeJS.ErrnoException) => {
          // Gone or replaced by a folder since it was listed: left out, read again next time.
          if (error.code === 'ENOENT' || error.code === 'EISDIR' || error.code === 'ENOTDIR')
            return null;
          throw error;
        });
        if (text === null) return;
        const window = stat && stat.mtimeMs % 1000 !== 0 ? RACY_MS : RACY_COARSE_MS;
        const isRacy = !stat || readAt - stat.mtimeMs < window;
        files.set(file, { text, signature: isRacy ? '' : stat.signature });
        out.push({ path: file, text });
      }),
    );
  }
  snapshots.delete(key);
  snapshots.set(key, { listing, paths, files });
  while (snapshots.size > MAX_SNAPSHOTS) snapshots.delete(snapshots.keys().next().value!);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function listModuleFiles(draft: TDraft, folder: string): Promise<string[]> {
  return (await listDraftFiles(draft))
    .filter(
      (f) =>
        f.status !== 'deleted' && path.posix.dirname(f.path) === folder && MODULE_FILE.test(f.path),
    )
    .map((f) => f.path);
}

// What decides the file set besides the files' contents: the folder's entries and the ignore
// files that may hide some of them, in the folder and every folder above it up to the worktree
// (`.git/info/exclude`, which Rampart never changes, is not watched).
async function describeListing(dir: string, folder: string): Promise<string> {
  const entries = await readdir(path.join(dir, folder)).catch(() => [] as string[]);
  const ignores: string[] = [];
  for (let at = folder; ; at = path.posix.dirname(at)) {
    ignores.push(statOf(path.join(dir, at, '.gitignore'))?.signature ?? '-');
    if (at === '.' || at === '/' || at === '') break;
  }
  return [...entries.sort(), ...ignores].join('\0');
}

// Synchronous on purpose: a thousand stat calls take a few milliseconds in a row, several
// times that through the thread pool.
interface TStat {
  signature: string;
  mtimeMs: number;
}

function statOf(absolute: string): TStat | null {
  try {
    const s = statSync(absolute, { throwIfNoEntry: false });
    return s
      ? { signature: `${s.ino}:${s.size}:${s.ctimeMs}:${s.mtimeMs}`, mtimeMs: s.mtimeMs }
      : null;
  } catch {
    return null;
  }
}

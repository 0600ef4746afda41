import 'server-only';
import type { TParseCache } from '../terraform/types.ts';
import type { TValidationReport } from '../validate/types.ts';
import { validateModule } from '../validate/validate-module.ts';
import { createValidationMemo, type TValidationMemo } from '../validate/validation-memo.ts';
import type { TDraft } from './draft.ts';
import { readDraftText } from './read-draft-text.ts';
import { readRootFiles, type TRootFiles } from './read-root-files.ts';

/** One root module of a draft, validated. Paths are relative to the repo root. */
export interface TIndexedRoot extends TValidationReport {
  root: string;
}

// Keyed by the draft folder and root. Each entry keeps the files it was made from (an unchanged
// module is not redone) and the memo that makes the next validation of the module incremental.
// Bounded by the resources the entries hold (a memo keeps each file's model): past the bound the
// least recently used go first, so many small drafts stay indexed while large ones take turns.
interface TIndexEntry {
  report: TIndexedRoot;
  files: TRootFiles;
  /** What file() read for this report (paths outside the folder included), to tell it is stale. */
  reads: ReadonlyMap<string, string | null>;
  memo: TValidationMemo;
}
const CACHE_KEY = Symbol.for('rampart.index-cache');
const holder = globalThis as typeof globalThis & { [CACHE_KEY]?: Map<string, TIndexEntry> };
const cache = (holder[CACHE_KEY] ??= new Map());
const MAX_INDEXED_RESOURCES = 100_000;
// Parses by content hash, shared by every validation of every draft: an edit re-parses one file.
const PARSE_CACHE_KEY = Symbol.for('rampart.parse-cache');
const parseHolder = globalThis as typeof globalThis & { [PARSE_CACHE_KEY]?: TParseCache };
const parses = (parseHolder[PARSE_CACHE_KEY] ??= new Map());
// Old versions of edited files stay in the parse cache; start over past this many entries.
const MAX_PARSES = 50_000;

/** The parse cache `indexDraft` validates with (bounded); pass it to other validations of a draft. */
export function sharedParseCache(): TParseCache {
  if (parses.size > MAX_PARSES) parses.clear();
  return parses;
}

/**
 * Records `report` as the index of `root` in `draft` for exactly these `files` (the root's module
 * files with their texts, sorted by path), validated with `memo` (whose recorded file() reads
 * are copied: they tell the next `indexDraft` whether the report went stale): a caller that has
 * just validated the text it wrote (a form save) spares the next `indexDraft` a second validation.
 */
export function rememberIndexedRoot(
  draft: TDraft,
  root: string,
  validated: { files: TRootFiles; report: TValidationReport; memo: TValidationMemo },
): void {
  const { files, report, memo } = validated;
  store(`${draft.dir}\0${root}`, {
    report: { root, ...report },
    files,
    reads: new Map(memo.context.reads),
    memo,
  });
}

/**
 * The files of `root` that the draft's current index was made from (sorted by path), and the
 * validation memo of that module, for a caller about to validate an edit of one of them; null
 * when the root was not indexed yet.
 */
export function indexedRootInputs(
  draft: TDraft,
  root: string,
): { files: TRootFiles; memo: TValidationMemo } | null {
  const entry = cache.get(`${draft.dir}\0${root}`);
  return entry ? { files: entry.files, memo: entry.memo } : null;
}

/** The validation memo of `root` in `draft` (a new one when it has none yet). */
export function memoOfRoot(draft: TDraft, root: string): TValidationMemo {
  return memoOf(`${draft.dir}\0${root}`);
}

function memoOf(key: string): TValidationMemo {
  return cache.get(key)?.memo ?? createValidationMemo();
}

function store(key: string, entry: TIndexEntry): void {
  cache.delete(key);
  cache.set(key, entry);
  let total = 0;
  for (const kept of cache.values()) total += kept.report.resources.length + 1;
  // The entry just stored stays, whatever its size.
  for (const oldest of cache.keys()) {
    if (total <= MAX_INDEXED_RESOURCES || oldest === key) break;
    total -= cache.get(oldest)!.report.resources.length + 1;
    cache.delete(oldest);
  }
}

// Unchanged files are usually the very same strings (see readRootFiles): comparing is cheap.
function isSameFiles(a: TRootFiles, b: TRootFiles): boolean {
  return (
    a.length === b.length &&
    a.every((file, i) => file.path === b[i]!.path && file.text === b[i]!.text)
  );
}

/**
 * Validates every root module of the draft (the workspace's configured roots) and returns their
 * resources and diagnostics, with repo-relative file paths. A module whose files (and the files
 * its `file()` calls read) did not change since the last call is served from memory; otherwise
 * only what changed is validated again (see TValidationMemo).
 */
export async function indexDraft(draft: TDraft, roots: string[]): Promise<TIndexedRoot[]> {
  const out: TIndexedRoot[] = [];
  for (const root of roots) {
    const files = await readRootFiles(draft, root);
    const key = `${draft.dir}\0${root}`;
    const cached = cache.get(key);
    // file() targets outside the module folder are not among `files`: the report's reads are.
    if (cached && isSameFiles(cached.files, files) && !hasReadsChanged(cached.reads, draft)) {
      store(key, cached);
      out.push(cached.report);
      continue;
    }
    const memo = memoOf(key);
    const report = validateModule({
      modulePath: root || '.',
      files,
      // file() may read any file of the draft; paths outside it read as missing.
      readFile: (file) => readDraftText(draft, file),
      parseCache: sharedParseCache(),
      memo,
    });
    const indexed = { root, ...report };
    store(key, { report: indexed, files, reads: new Map(memo.context.reads), memo });
    out.push(indexed);
  }
  return out;
}

function hasReadsChanged(reads: ReadonlyMap<string, string | null>, draft: TDraft): boolean {
  for (const [file, text] of reads) {
    if (readDraftText(draft, file) !== text) return true;
  }
  return false;
}

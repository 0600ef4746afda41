import 'server-only';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TParseCache } from '../terraform/types.ts';
import type { TValidationReport } from '../validate/types.ts';
import { validateModule } from '../validate/validate-module.ts';
import type { TDraft } from './draft.ts';
import { listDraftFiles } from './list-draft-files.ts';
import { readDraftText } from './read-draft-text.ts';

/** One root module of a draft, validated. Paths are relative to the repo root. */
export interface TIndexedRoot extends TValidationReport {
  root: string;
}

const MODULE_FILE = /\.(tf|tfvars|ya?ml)$/;
// Keyed by the draft folder and a hash of every input file: an unchanged module is not redone.
const CACHE_KEY = Symbol.for('rampart.index-cache');
const holder = globalThis as typeof globalThis & {
  [CACHE_KEY]?: Map<string, { hash: string; report: TIndexedRoot }>;
};
const cache = (holder[CACHE_KEY] ??= new Map());
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
 * files with their texts, sorted by path): a caller that has just validated the text it wrote
 * (a form save) spares the next `indexDraft` a second validation of the whole module.
 */
export function rememberIndexedRoot(
  draft: TDraft,
  root: string,
  files: Array<{ path: string; text: string }>,
  report: TValidationReport,
): void {
  cache.set(`${draft.dir}\0${root}`, { hash: hashFiles(files), report: { root, ...report } });
}

function hashFiles(files: Array<{ path: string; text: string }>): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.path).update('\0').update(file.text).update('\0');
  return hash.digest('hex');
}

/**
 * Validates every root module of the draft (the workspace's configured roots) and returns their
 * resources and diagnostics, with repo-relative file paths. A module whose files did not change
 * since the last call is served from memory.
 */
export async function indexDraft(draft: TDraft, roots: string[]): Promise<TIndexedRoot[]> {
  const files = (await listDraftFiles(draft))
    .filter((f) => f.status !== 'deleted')
    .map((f) => f.path);
  const out: TIndexedRoot[] = [];
  for (const root of roots) {
    const inRoot = files
      .filter((file) => path.posix.dirname(file) === (root || '.') && MODULE_FILE.test(file))
      .sort();
    const contents = await Promise.all(
      inRoot.map(async (file) => ({
        path: file,
        text: await readFile(path.join(draft.dir, file), 'utf8'),
      })),
    );
    const digest = hashFiles(contents);
    const key = `${draft.dir}\0${root}`;
    const cached = cache.get(key);
    if (cached && cached.hash === digest) {
      out.push(cached.report);
      continue;
    }
    const report = validateModule({
      modulePath: root || '.',
      files: contents,
      // file() may read any file of the draft; paths outside it read as missing.
      readFile: (file) => readDraftText(draft, file),
      parseCache: sharedParseCache(),
    });
    const indexed = { root, ...report };
    cache.set(key, { hash: digest, report: indexed });
    out.push(indexed);
  }
  return out;
}

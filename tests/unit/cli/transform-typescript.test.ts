import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/test-repo';

// The CLI's TypeScript hook (bin/transform-typescript.mjs), driven as Node's loader drives it.
type TLoadResult = { format?: string; source?: string; shortCircuit?: boolean };
type TLoad = (
  url: string,
  context: object,
  nextLoad: (url: string, context: object) => Promise<TLoadResult>,
) => Promise<TLoadResult>;
const hookUrl = pathToFileURL(path.resolve('bin/transform-typescript.mjs')).href;
const { createLoad } = (await import(hookUrl)) as {
  createLoad: (options: { projectRoot: string; cacheDir: string }) => TLoad;
};

function project(): { root: string; cacheDir: string; load: TLoad } {
  const root = tempDir();
  const cacheDir = path.join(tempDir(), 'cache');
  const load = createLoad({ projectRoot: pathToFileURL(root).href + '/', cacheDir });
  return { root, cacheDir, load };
}

function writeSource(root: string, name: string, text: string): string {
  const file = path.join(root, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return pathToFileURL(file).href;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

const refuse = async (): Promise<TLoadResult> => {
  throw new Error('the next hook must not be called for project TypeScript');
};

const MODULE = [
  'export function outer(): string {',
  '  const inner = (x: number): number => x + 1;',
  '  return `${inner.name}:${inner(1)}`;',
  '}',
  '',
].join('\n');

describe('[cli] TypeScript hook', () => {
  it('compiles project modules without keepNames wrappers, names intact', async () => {
    const { root, load } = project();
    const url = writeSource(root, 'lib/a.ts', MODULE);
    const result = await load(url, {}, refuse);
    expect(result).toMatchObject({ format: 'module', shortCircuit: true });
    expect(result.source).not.toContain('__name');
    expect(result.source).not.toContain(': number');
    const compiled = (await import(
      `data:text/javascript,${encodeURIComponent(result.source ?? '')}`
    )) as { outer: () => string };
    expect(compiled.outer()).toBe('inner:2');
  });

  it('serves an unchanged source from the cache; never a changed source or a damaged entry', async () => {
    const { root, cacheDir, load } = project();
    const url = writeSource(root, 'lib/a.ts', MODULE);
    const first = await load(url, {}, refuse);
    expect(first.source).toContain('x + 1');
    const [cached] = readdirSync(cacheDir);
    expect(cached).toBeDefined();
    const file = path.join(cacheDir, cached!);
    const entry = readFileSync(file, 'utf8');
    const lineEnd = entry.indexOf('\n');
    const [, sourceHash] = entry.slice(0, lineEnd).split(' ');
    // A well-formed entry for the same source (here: different code) is what gets served.
    const other = entry.slice(lineEnd + 1).replace('x + 1', 'x + 41');
    writeFileSync(file, `// ${sourceHash} ${sha256(other)}\n${other}`);
    expect((await load(url, {}, refuse)).source).toContain('x + 41');
    // A damaged entry (cut short: its code no longer matches its hash) is compiled again.
    writeFileSync(file, entry.slice(0, lineEnd + 40));
    expect((await load(url, {}, refuse)).source).toBe(first.source);
    expect(readFileSync(file, 'utf8')).toBe(entry);
    // A changed source is never served a stale compile.
    writeSource(root, 'lib/a.ts', MODULE.replace('x + 1', 'x + 2'));
    const changed = await load(url, {}, refuse);
    expect(changed.source).toContain('x + 2');
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });

  it('leaves other files to the next hook', async () => {
    const { root, load } = project();
    const next = async (url: string): Promise<TLoadResult> => ({ source: `next:${url}` });
    for (const url of [
      writeSource(root, 'node_modules/pkg/index.ts', MODULE),
      writeSource(tempDir(), 'outside.ts', MODULE),
      writeSource(root, 'lib/plain.mjs', 'export const a = 1;\n'),
    ])
      expect((await load(url, {}, next)).source).toBe(`next:${url}`);
  });

  it('still compiles when the cache cannot be written', async () => {
    const { root, cacheDir, load } = project();
    mkdirSync(cacheDir, { recursive: true });
    chmodSync(cacheDir, 0o500);
    try {
      const url = writeSource(root, 'lib/a.ts', MODULE);
      const result = await load(url, {}, refuse);
      expect(result.source).toContain('function outer()');
      // Root ignores permissions: then the entry is written, which is fine too.
      if (process.getuid?.() !== 0)
        expect(existsSync(cacheDir) && readdirSync(cacheDir)).toEqual([]);
    } finally {
      chmodSync(cacheDir, 0o700);
    }
  });
});

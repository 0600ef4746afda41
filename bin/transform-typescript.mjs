// Module hooks (run on Node's loader thread): our own TypeScript is compiled with esbuild
// directly, without the `keepNames` option tsx always sets. keepNames wraps every named inner
// function in a `__name(fn, "…")` call that runs each time the function is created; in the
// Falco and validation code paths that cost ~9 % of `rampart validate` and of the benchmarks,
// and the Next.js build (what the server runs) has no such wrappers. tsx still resolves
// modules and handles everything outside the project (CommonJS, dependencies).
//
// Compiled modules are cached on disk (one file per source path, stamped with the hash of the
// source and of the compiler options), as tsx caches its own: compiling every module on each
// start added ~0.3 s to every command. The cache lives in the project's node_modules/.cache,
// not in a shared temp directory another local user could have created first and filled.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform, version } from 'esbuild';

const LOADERS = { '.ts': 'ts', '.mts': 'ts', '.tsx': 'tsx' };

const hash = (...parts) => createHash('sha256').update(parts.join('\0')).digest('hex');

/**
 * A `load` hook compiling the `.ts`/`.mts`/`.tsx` files under `projectRoot` (a file: URL ending
 * in `/`, node_modules excluded) and caching them in `cacheDir`; other URLs go to the next hook.
 */
export function createLoad({ projectRoot, cacheDir }) {
  return async function load(url, context, nextLoad) {
    const extension = /\.(?:m?ts|tsx)$/.exec(url)?.[0];
    if (!extension || !url.startsWith(projectRoot) || url.includes('/node_modules/')) {
      return nextLoad(url, context);
    }
    const path = fileURLToPath(url);
    const source = await readFile(path, 'utf8');
    const options = {
      loader: LOADERS[extension],
      format: 'esm',
      target: `node${process.versions.node}`,
      jsx: 'automatic',
      sourcefile: path,
      sourcemap: 'inline',
      // Stack traces map to the .ts lines without the sources themselves (as with tsx).
      sourcesContent: false,
    };
    // First line: the hash of what it was compiled from, then the hash of the code itself, so
    // an entry for another source, or a damaged one, is never served.
    const stamp = `// ${hash(version, JSON.stringify(options), source)} `;
    const cached = join(cacheDir, `${hash(path)}.mjs`);
    const previous = await readFile(cached, 'utf8').catch(() => '');
    const lineEnd = previous.indexOf('\n');
    if (previous.startsWith(stamp) && lineEnd > 0) {
      const code = previous.slice(lineEnd + 1);
      if (previous.slice(stamp.length, lineEnd) === hash(code)) {
        return { format: 'module', source: code, shortCircuit: true };
      }
    }
    const { code } = await transform(source, options);
    // Written beside and renamed: a concurrent process never reads half a file. A cache that
    // cannot be written (read-only or full disk) only costs speed.
    const temporary = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    await mkdir(cacheDir, { recursive: true, mode: 0o700 })
      .then(() => writeFile(temporary, `${stamp}${hash(code)}\n${code}`, { mode: 0o600 }))
      .then(() => rename(temporary, cached))
      .catch(() => rm(temporary, { force: true }).catch(() => {}));
    return { format: 'module', source: code, shortCircuit: true };
  };
}

export const load = createLoad({
  projectRoot: new URL('../', import.meta.url).href,
  cacheDir: fileURLToPath(new URL('../node_modules/.cache/rampart-ts', import.meta.url)),
});

// Module hooks (run on Node's loader thread): our own TypeScript is compiled with esbuild
// directly, without the `keepNames` option tsx always sets. keepNames wraps every named inner
// function in a `__name(fn, "…")` call that runs each time the function is created; in the
// Falco and validation code paths that cost ~9 % of `rampart validate` and of the benchmarks,
// and the Next.js build (what the server runs) has no such wrappers. tsx still resolves
// modules and handles everything outside the project (CommonJS, dependencies).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const projectRoot = new URL('../', import.meta.url).href;
const loaders = { '.ts': 'ts', '.mts': 'ts', '.tsx': 'tsx' };

/** Compiles the project's `.ts`/`.mts`/`.tsx` ES modules; everything else goes to tsx. */
export async function load(url, context, nextLoad) {
  const extension = /\.(?:m?ts|tsx)$/.exec(url)?.[0];
  if (!extension || !url.startsWith(projectRoot) || url.includes('/node_modules/')) {
    return nextLoad(url, context);
  }
  const path = fileURLToPath(url);
  const { code } = await transform(await readFile(path, 'utf8'), {
    loader: loaders[extension],
    format: 'esm',
    target: `node${process.versions.node}`,
    jsx: 'automatic',
    sourcefile: path,
    sourcemap: 'inline',
  });
  return { format: 'module', source: code, shortCircuit: true };
}

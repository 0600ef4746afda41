// Shared by bin/rampart.mjs and bin/bench.mjs: load TypeScript through tsx (the project's own
// modules compiled by ./transform-typescript.mjs, registered last so it runs first), and
// resolve `server-only` (which throws outside React's react-server condition) to an empty
// module, since everything run from bin/ is server code by definition.
import { register as registerHooks } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

registerHooks(
  'data:text/javascript,' +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
         if (specifier === 'server-only') return { url: 'data:text/javascript,export {}', shortCircuit: true };
         return next(specifier, context);
       }`,
    ),
);
registerTsx();
registerHooks('./transform-typescript.mjs', import.meta.url);

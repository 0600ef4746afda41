import 'server-only';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import next from 'next';
import { AppError } from '../errors/app-error.ts';
import { isLoopbackHost } from '../auth/is-loopback-host.ts';
import { readUsers } from '../auth/user-store.ts';
import { parseEnv } from '../env.ts';
import { ensureLocalSecureToken } from '../workspace/ensure-local-secure-token.ts';
import { ensureSampleWorkspace } from '../workspace/ensure-sample-workspace.ts';
import { buildWebApp } from './build-web-app.ts';
import { createStaticAssetHandler } from './serve-static-asset.ts';
import { prepareDataDir } from './prepare-data-dir.ts';
import { projectRoot } from './project-root.ts';

/**
 * Starts Rampart: validates configuration, prepares the data dir (sample workspace on first
 * start), builds the web app when needed (unless `isBuildChecked` is false), and serves it with the local Secure backend mounted.
 * Throws AppError('CONFIG') with a one-line explanation on a bad setting or a busy port.
 * Resolves when the server stops (SIGINT/SIGTERM).
 */
export async function serve(options: { isBuildChecked?: boolean } = {}): Promise<void> {
  const env = parseEnv();
  await prepareDataDir(env.dataDir);
  if (!isLoopbackHost(env.host) && (await readUsers(env.dataDir)).length === 0) {
    throw new AppError('CONFIG', {
      message: `refusing to listen on ${env.host} with no accounts (anyone who can reach it would act as admin); create one with \`rampart user add <name> --role admin\`, or listen on 127.0.0.1`,
    });
  }
  // Listen first, so a busy port is reported before the (slow) first build; until Next is
  // ready, requests get a 503 rather than hanging.
  let handle:
    ((request: http.IncomingMessage, response: http.ServerResponse) => Promise<void>) | null = null;
  const server = http.createServer((request, response) => {
    if (handle) return void handle(request, response);
    response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '2' });
    response.end('Rampart is starting; try again in a moment.\n');
  });
  await listen(server, env.host, env.port);
  try {
    if (options.isBuildChecked !== false) await buildWebApp({ onlyIfNeeded: true });
    await ensureSampleWorkspace(env.dataDir);
    await ensureLocalSecureToken(env.dataDir);
    const app = next({
      dev: false,
      dir: projectRoot,
      hostname: env.host,
      port: env.port,
      quiet: true,
    });
    await app.prepare();
    const nextHandler = app.getRequestHandler();
    const { securityHeaders } = (await import(
      pathToFileURL(path.join(projectRoot, 'next.config.js')).href
    )) as { securityHeaders: Array<{ key: string; value: string }> };
    const serveAsset = createStaticAssetHandler(projectRoot, securityHeaders);
    handle = async (request, response) => {
      if (!(await serveAsset(request, response))) await nextHandler(request, response);
    };
    warmUp(server);
  } catch (error) {
    server.close();
    throw error;
  }
  const shownHost = env.host.includes(':') ? `[${env.host}]` : env.host;
  process.stdout.write(
    `Rampart is serving http://${shownHost}:${env.port}\n` +
      `  data: ${env.dataDir}\n` +
      `  Secure backend: ${env.secure ? env.secure.url : `embedded local Secure (http://${shownHost}:${env.port}/local-secure)`}\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

// The first render of a page costs ~200 ms more than the next ones (code compiled and modules
// initialised on first use): render the workspace page once, in the background, so that the
// first person to open it after a start does not wait for that. Errors are of no interest.
function warmUp(server: http.Server): void {
  const address = server.address();
  if (!address || typeof address === 'string') return;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const local = host === '0.0.0.0' ? '127.0.0.1' : host === '[::]' ? '[::1]' : host;
  const base = `http://${local}:${address.port}`;
  void fetch(`${base}/w/sample`, { redirect: 'manual' })
    .then((response) => response.arrayBuffer())
    .catch(() => undefined);
}

function listen(server: http.Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new AppError('CONFIG', {
            message: `port ${port} on ${host} is already in use; stop the other process or choose another port with --port or PORT`,
          }),
        );
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
        reject(
          new AppError('CONFIG', {
            message: `cannot listen on ${host}: no such local address (check --host or HOST)`,
          }),
        );
      } else if (error.code === 'EACCES') {
        reject(
          new AppError('CONFIG', {
            message: `not allowed to listen on ${host}:${port}; choose a port above 1023`,
          }),
        );
      } else {
        reject(
          new AppError('CONFIG', { message: `cannot listen on ${host}:${port}: ${error.message}` }),
        );
      }
    });
    server.listen(port, host, () => resolve());
  });
}

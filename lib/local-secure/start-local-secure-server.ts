import 'server-only';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '../errors/app-error.ts';
import { MAX_BODY_BYTES } from './read-json-body.ts';
import {
  createLocalSecure,
  type TLocalSecure,
  type TLocalSecureOptions,
} from './create-local-secure.ts';

/** Options of `startLocalSecureServer`: the backend's options plus where to listen. */
export interface TLocalSecureServerOptions extends TLocalSecureOptions {
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Interface to bind; default 127.0.0.1. */
  host?: string;
}

/** A local Secure backend listening on HTTP. */
export interface TLocalSecureServer {
  /** Base URL, e.g. `http://127.0.0.1:4010` (plus the base path when one is set). */
  url: string;
  port: number;
  localSecure: TLocalSecure;
  /** Stops listening and closes every open connection. */
  close(): Promise<void>;
}

/**
 * Runs the local Secure backend on a node:http server: IncomingMessage → Request, Response →
 * ServerResponse; a `drop` fault destroys the socket. Loads (or seeds) the data dir before
 * listening. Throws AppError('CONFIG') when the port is in use or the data dir is unusable.
 */
export async function startLocalSecureServer(
  options: TLocalSecureServerOptions,
): Promise<TLocalSecureServer> {
  const host = options.host ?? '127.0.0.1';
  const localSecure = createLocalSecure(options);
  try {
    await localSecure.ready();
  } catch (error) {
    await localSecure.close();
    throw new AppError('CONFIG', {
      message: `local Secure: cannot use data dir ${options.dataDir}: ${String(error)}`,
      cause: error,
    });
  }
  const server = createServer((request, response) => {
    void serve(localSecure, host, request, response);
  });
  server.keepAliveTimeout = 30_000;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, host, () => resolve());
    });
  } catch (error) {
    await localSecure.close();
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EADDRINUSE' ? `port ${options.port} is already in use` : (error as Error).message;
    throw new AppError('CONFIG', {
      message: `local Secure: cannot listen on ${host}:${options.port}: ${reason}`,
      cause: error,
    });
  }
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}${(options.basePath ?? '').replace(/\/+$/, '')}`,
    port,
    localSecure,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await localSecure.close();
    },
  };
}

async function serve(
  localSecure: TLocalSecure,
  host: string,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): Promise<void> {
  try {
    const headers: [string, string][] = [];
    const raw = incoming.rawHeaders;
    for (let index = 0; index + 1 < raw.length; index += 2)
      headers.push([raw[index] ?? '', raw[index + 1] ?? '']);
    const method = incoming.method ?? 'GET';
    const hasBody = method !== 'GET' && method !== 'HEAD';
    const request = new Request(`http://${host}${incoming.url ?? '/'}`, {
      method,
      headers,
      body: hasBody ? await readCapped(incoming) : undefined,
    });
    const response = await localSecure.handle(request, { canDropConnection: true });
    const body = Buffer.from(await response.arrayBuffer());
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      responseHeaders[name] = value;
    });
    outgoing.writeHead(response.status, responseHeaders);
    outgoing.end(body);
  } catch {
    // A `drop` fault (or a broken request stream): end the connection without an answer.
    incoming.socket.destroy();
  }
}

/**
 * Buffers a request body (faster than a web stream). Past MAX_BODY_BYTES the rest is drained and
 * discarded, so the handler sees an over-limit body and answers 413.
 */
function readCapped(incoming: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (chunk: Buffer) => {
      if (size > MAX_BODY_BYTES) return;
      size += chunk.length;
      chunks.push(chunk);
    });
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      resolve(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength));
    });
    incoming.on('error', reject);
  });
}

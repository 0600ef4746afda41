import 'server-only';
import { readFile, realpath } from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const PREFIX = '/_next/static/';
// Next's asset names: a path this does not match (dot segments, empty segments, escapes) is left
// to Next, so that one file is cached under one URL only.
const CANONICAL = /^(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;
const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
  '.json': 'application/json; charset=UTF-8',
  '.map': 'application/json; charset=UTF-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=UTF-8',
};
// Compressing is worth it for text; fonts and images are served as they are by Next.
const MAX_ASSET_BYTES = 8 * 1024 * 1024;

interface TAsset {
  type: string;
  plain: Buffer;
  gzip: Buffer;
}

/**
 * A handler for Next's build assets (`/_next/static/…`: content-hashed, immutable) that keeps
 * each one in memory, gzip-compressed once, instead of reading and compressing it on every
 * request (on a 2-core machine that work delays the first page's data). It answers GET and HEAD
 * for text assets inside `<projectRoot>/.next/static` (symlinks resolved; anything else, a
 * missing file or another type, returns false and is left to Next) with `headers` and a
 * one-year immutable cache. Returns whether it answered.
 */
export function createStaticAssetHandler(
  projectRoot: string,
  headers: ReadonlyArray<{ key: string; value: string }>,
): (request: http.IncomingMessage, response: http.ServerResponse) => Promise<boolean> {
  const root = path.join(projectRoot, '.next', 'static');
  const assets = new Map<string, Promise<TAsset | null>>();
  return async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const pathname = (request.url ?? '').split('?')[0] ?? '';
    if (!pathname.startsWith(PREFIX) || !CANONICAL.test(pathname.slice(PREFIX.length)))
      return false;
    const type = TYPES[path.extname(pathname)];
    if (!type) return false;
    let asset = assets.get(pathname);
    if (!asset) {
      asset = load(root, pathname.slice(PREFIX.length), type);
      assets.set(pathname, asset);
    }
    const found = await asset;
    if (!found) {
      assets.delete(pathname);
      return false;
    }
    const isGzip = acceptsGzip(String(request.headers['accept-encoding'] ?? ''));
    const body = isGzip ? found.gzip : found.plain;
    for (const { key, value } of headers) response.setHeader(key, value);
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    response.setHeader('Content-Type', found.type);
    response.setHeader('Vary', 'Accept-Encoding');
    if (isGzip) response.setHeader('Content-Encoding', 'gzip');
    response.setHeader('Content-Length', body.length);
    response.statusCode = 200;
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  };
}

// `gzip` or `*` listed without `q=0`.
function acceptsGzip(header: string): boolean {
  return header.split(',').some((part) => {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (name !== 'gzip' && name !== '*') return false;
    const quality = params.find((param) => param.startsWith('q='));
    return quality === undefined || Number(quality.slice(2)) > 0;
  });
}

async function load(root: string, relative: string, type: string): Promise<TAsset | null> {
  try {
    const realRoot = await realpath(root);
    const absolute = await realpath(path.join(root, relative));
    if (!absolute.startsWith(realRoot + path.sep)) return null;
    const plain = await readFile(absolute);
    if (plain.length > MAX_ASSET_BYTES) return null;
    return { type, plain, gzip: gzipSync(plain) };
  } catch {
    return null;
  }
}

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticAssetHandler } from '@/lib/server/serve-static-asset';
import { tempDir } from '../../helpers/test-repo';

const HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Content-Security-Policy', value: "default-src 'self'" },
];
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(5000))});\n`;

let server: http.Server;
let base = '';

beforeAll(async () => {
  const root = tempDir('rampart-static-');
  mkdirSync(path.join(root, '.next', 'static', 'chunks'), { recursive: true });
  writeFileSync(path.join(root, '.next', 'static', 'chunks', 'app.js'), SCRIPT);
  writeFileSync(path.join(root, '.next', 'static', 'chunks', 'font.woff2'), 'binary');
  writeFileSync(path.join(root, 'secret.js'), 'secret');
  symlinkSync(
    path.join(root, 'secret.js'),
    path.join(root, '.next', 'static', 'chunks', 'link.js'),
  );
  const handle = createStaticAssetHandler(root, HEADERS);
  server = http.createServer((request, response) => {
    void handle(request, response).then((isServed) => {
      if (isServed) return;
      response.statusCode = 404;
      response.end('left to next');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// Raw requests: fetch would decompress and hide what was sent.
function get(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const { hostname, port } = new URL(base);
      // The path as given (a URL string would normalise dot segments before sending).
      const request = http.request({ hostname, port, path: url, method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      });
      request.on('error', reject);
      request.end();
    },
  );
}

describe('[server] build assets served from memory, compressed once', () => {
  it('[server] serves a script gzip-compressed with the security headers and an immutable cache', async () => {
    for (let i = 0; i < 2; i += 1) {
      const answer = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip, br' });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBe('gzip');
      expect(answer.headers['content-type']).toBe('application/javascript; charset=UTF-8');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['content-security-policy']).toBe("default-src 'self'");
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(gunzipSync(answer.body).toString()).toBe(SCRIPT);
      expect(answer.body.length).toBeLessThan(SCRIPT.length / 10);
    }
  });

  it('[server] sends it plain to a client that does not accept gzip, and no body to HEAD', async () => {
    const plain = await get('/_next/static/chunks/app.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    const refused = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip;q=0, br' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.toString()).toBe(SCRIPT);
    const head = await get('/_next/static/chunks/app.js', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(SCRIPT.length));
    expect(head.body.length).toBe(0);
  });

  it('[server] leaves everything else to Next: other paths and types, missing files, escapes', async () => {
    for (const url of [
      '/_next/static/chunks/missing.js',
      '/_next/static/chunks/font.woff2',
      '/_next/static/chunks/link.js',
      '/_next/static/../../secret.js',
      '/_next/static/chunks/%2e%2e/%2e%2e/%2e%2e/secret.js',
      '/_next/static/chunks/%E0%A4%A.js',
      '/_next/static/./chunks/app.js',
      '/_next/static//chunks/app.js',
      '/_next/static/chunks/%61pp.js',
      '/_next/static/chunks/.hidden.js',
      '/secret.js',
    ]) {
      const answer = await get(url);
      expect(answer.body.toString(), url).toBe('left to next');
    }
    const post = await get('/_next/static/chunks/app.js', {}, 'POST');
    expect(post.body.toString()).toBe('left to next');
  });
});

import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { snapshotDataDir } from './data-dir-snapshot';

const dataDir = process.env.RAMPART_E2E_DATA!;
const CSRF = { 'x-rampart-request': '1' };
const file = (p: string, branch = 'main') =>
  `/api/workspaces/sample/file?${new URLSearchParams({ branch, path: p })}`;

interface THostileCase {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  status: number;
}

const content = (text: string) => JSON.stringify({ content: text, baseEtag: 'absent' });
const traversals = [
  '../outside.txt',
  '../../../../etc/passwd',
  '/etc/passwd',
  'current/../../outside.txt',
  'current/../../../etc/shadow',
  '....//outside.txt',
  '.git/config',
  '.GIT/config',
  'current/./policies.tf',
  'a\\..\\..\\outside.txt',
  'C:/Windows/win.ini',
  'current/\u0000.tf',
  'escape/outside.txt',
  'escape-dir/secret.txt',
];
const branches = [
  '--upload-pack=touch /tmp/pwned',
  '-b',
  'main..x',
  'a b',
  'x.lock',
  '../main',
  '@{-1}',
  'refs/heads/../x',
  '.hidden',
  'main;rm -rf /',
];

const validate = (p: string, text: string) => JSON.stringify({ path: p, content: text });
const VALIDATE = '/api/workspaces/sample/validate?branch=main';
const YAML_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'
    .split('')
    .map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
].join('\n');
const policyWithRegex = (regex: string) =>
  `resource "sysdig_secure_policy" "p" {\n  name                  = "p"\n  description           = "d"\n  severity              = 4\n  enabled               = true\n  container_scope       = true\n  host_scope            = false\n  falco_rule_name_regex = ${JSON.stringify(regex)}\n}\n`;

const cases: THostileCase[] = [
  {
    name: 'YAML alias bomb (billion laughs) in a rules file',
    method: 'POST',
    url: VALIDATE,
    headers: CSRF,
    body: validate('legacy-2018/rules.yaml', YAML_BOMB),
    status: 422,
  },
  {
    name: 'YAML with a thousand nested flow levels',
    method: 'POST',
    url: VALIDATE,
    headers: CSRF,
    body: validate('legacy-2018/rules.yaml', `${'['.repeat(1000)}${']'.repeat(1000)}`),
    status: 422,
  },
  {
    name: 'regex with a backreference (not RE2)',
    method: 'POST',
    url: VALIDATE,
    headers: CSRF,
    body: validate('legacy-2018/extra.tf', policyWithRegex('(a+)+\\1')),
    status: 422,
  },
  {
    name: 'regex with lookbehind (not RE2)',
    method: 'POST',
    url: VALIDATE,
    headers: CSRF,
    body: validate('legacy-2018/extra.tf', policyWithRegex('(?<=x)(a|aa)+$')),
    status: 422,
  },
  {
    name: 'regex with a huge repeat count',
    method: 'POST',
    url: VALIDATE,
    headers: CSRF,
    body: validate('legacy-2018/extra.tf', policyWithRegex('(a{1000}){1000}')),
    status: 422,
  },
  {
    name: 'HCL with 100,000 nested parentheses',
    method: 'POST',
    url: VALIDATE,
    headers: CSRF,
    body: validate('current/extra.tf', `x = ${'('.repeat(100_000)}`),
    status: 422,
  },
  ...[
    'ext::sh -c touch% /tmp/pwned',
    'ext::sh%20-c%20id',
    '--upload-pack=touch /tmp/pwned',
    '-u/tmp/x',
    'http://example.com/repo.git',
    'https://user:secret@example.com/r.git',
    'fd::3',
    '/srv/../etc',
    'file:///tmp/../etc',
  ].map((source): THostileCase => ({
    name: `clone source ${JSON.stringify(source)}`,
    method: 'POST',
    url: '/api/workspaces',
    headers: CSRF,
    body: JSON.stringify({ name: 'Hostile', id: 'hostile', source }),
    status: 400,
  })),
  {
    name: 'workspace id with option-like text',
    method: 'POST',
    url: '/api/workspaces',
    headers: CSRF,
    body: JSON.stringify({ name: 'x', id: '--force', source: '/tmp' }),
    status: 400,
  },
  {
    name: 'validate a path outside the repo',
    method: 'POST',
    url: VALIDATE,
    headers: CSRF,
    body: validate('../../etc/passwd', 'x'),
    status: 400,
  },
  ...traversals.map((p): THostileCase => ({
    name: `read ${JSON.stringify(p)}`,
    method: 'GET',
    url: file(p),
    status: 400,
  })),
  ...traversals.map((p): THostileCase => ({
    name: `write ${JSON.stringify(p)}`,
    method: 'PUT',
    url: file(p),
    headers: CSRF,
    body: content('pwned'),
    status: 400,
  })),
  ...branches.map((b): THostileCase => ({
    name: `branch ${JSON.stringify(b)}`,
    method: 'GET',
    url: `/api/workspaces/sample/files?${new URLSearchParams({ branch: b })}`,
    status: 400,
  })),
  {
    name: 'workspace id traversal',
    method: 'GET',
    url: '/api/workspaces/..%2F..%2Fetc/files',
    status: 404,
  },
  {
    name: 'write without the CSRF header',
    method: 'PUT',
    url: file('current/x.tf'),
    body: content('x'),
    status: 403,
  },
  {
    name: 'write from a foreign origin',
    method: 'PUT',
    url: file('current/x.tf'),
    headers: { ...CSRF, origin: 'https://evil.example' },
    body: content('x'),
    status: 403,
  },
  {
    name: 'commit from a foreign origin',
    method: 'POST',
    url: '/api/workspaces/sample/commits',
    headers: { ...CSRF, origin: 'null' },
    body: JSON.stringify({ message: 'x' }),
    status: 403,
  },
  {
    name: 'discard without the CSRF header',
    method: 'POST',
    url: '/api/workspaces/sample/discard',
    body: JSON.stringify({ path: 'current/policies.tf' }),
    status: 403,
  },
  {
    name: 'oversized file body (4 MiB)',
    method: 'PUT',
    url: file('current/big.tf'),
    headers: CSRF,
    body: content('x'.repeat(4 * 1024 * 1024)),
    status: 413,
  },
  {
    name: 'oversized commit body',
    method: 'POST',
    url: '/api/workspaces/sample/commits',
    headers: CSRF,
    body: JSON.stringify({ message: 'm'.repeat(400_000) }),
    status: 413,
  },
  {
    name: 'oversized sign-in body',
    method: 'POST',
    url: '/api/auth/sign-in',
    headers: CSRF,
    body: JSON.stringify({ username: 'a', password: 'p'.repeat(100_000) }),
    status: 413,
  },
  {
    name: 'commit message over 10,000 characters',
    method: 'POST',
    url: '/api/workspaces/sample/commits',
    headers: CSRF,
    body: JSON.stringify({ message: 'm'.repeat(10_001) }),
    status: 400,
  },
  {
    name: 'malformed JSON body',
    method: 'PUT',
    url: file('current/x.tf'),
    headers: CSRF,
    body: '{"content": "x", ',
    status: 400,
  },
  {
    name: 'body that is not JSON',
    method: 'PUT',
    url: file('current/x.tf'),
    headers: { ...CSRF, 'content-type': 'text/plain' },
    body: 'x',
    status: 400,
  },
  {
    name: 'missing baseEtag',
    method: 'PUT',
    url: file('current/x.tf'),
    headers: CSRF,
    body: JSON.stringify({ content: 'x' }),
    status: 400,
  },
  {
    name: 'stale baseEtag',
    method: 'PUT',
    url: file('current/policies.tf'),
    headers: CSRF,
    body: JSON.stringify({ content: 'x', baseEtag: 'deadbeef' }),
    status: 409,
  },
  {
    name: 'commit paths with traversal',
    method: 'POST',
    url: '/api/workspaces/sample/commits',
    headers: CSRF,
    body: JSON.stringify({ message: 'x', files: ['../../outside.txt'] }),
    status: 400,
  },
  {
    name: 'commit paths that look like options',
    method: 'POST',
    url: '/api/workspaces/sample/commits',
    headers: CSRF,
    body: JSON.stringify({ message: 'x', files: ['--all'] }),
    status: 400,
  },
  {
    name: 'empty commit message',
    method: 'POST',
    url: '/api/workspaces/sample/commits',
    headers: CSRF,
    body: JSON.stringify({ message: '   ' }),
    status: 400,
  },
  {
    name: 'XSS payload as a path',
    method: 'GET',
    url: file('<script>alert(1)</script>.tf'),
    status: 404,
  },
  {
    name: 'XSS payload as a workspace id',
    method: 'GET',
    url: '/api/workspaces/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    status: 404,
  },
  { name: 'unknown API route', method: 'GET', url: '/api/does-not-exist', status: 404 },
  {
    name: 'admin page data needs no less than admin (local admin: allowed), unknown method',
    method: 'DELETE',
    url: '/api/workspaces',
    headers: CSRF,
    status: 405,
  },
];

test.describe('[security] hostile requests get a clear 4xx and change nothing', () => {
  test.beforeAll(async ({ playwright }) => {
    // Create the draft, then put symlinks in it that point outside (as a cloned repo could).
    const api = await playwright.request.newContext({
      baseURL: `http://127.0.0.1:${process.env.RAMPART_E2E_PORT}`,
    });
    expect((await api.get('/api/workspaces/sample/files?branch=main')).status()).toBe(200);
    await api.dispose();
    const draft = path.join(dataDir, 'worktrees', 'sample', 'local', 'main');
    writeFileSync(path.join(dataDir, 'outside.txt'), 'outside\n');
    rmSync(path.join(draft, 'escape'), { force: true });
    rmSync(path.join(draft, 'escape-dir'), { force: true });
    symlinkSync(dataDir, path.join(draft, 'escape'));
    mkdirSync(path.join(dataDir, 'secret-dir'), { recursive: true });
    symlinkSync(path.join(dataDir, 'secret-dir'), path.join(draft, 'escape-dir'));
  });

  test('[security] at least 40 hostile requests', () =>
    expect(cases.length).toBeGreaterThanOrEqual(40));

  for (const hostile of cases) {
    test(`[security] ${hostile.method} ${hostile.name} → ${hostile.status}`, async ({
      request,
    }) => {
      // Make sure the draft exists, so the request reaches the code under test.
      expect((await request.get('/api/workspaces/sample/files?branch=main')).status()).toBe(200);
      const before = snapshotDataDir(dataDir);
      const response = await request.fetch(hostile.url, {
        method: hostile.method,
        headers: { 'content-type': 'application/json', ...hostile.headers },
        data: hostile.body,
        failOnStatusCode: false,
      });
      expect(response.status()).toBe(hostile.status);
      if (hostile.status !== 405) {
        expect(response.headers()['content-type']).toContain('application/problem+json');
        const problem = (await response.json()) as { detail: string; requestId: string };
        expect(problem.detail.length).toBeGreaterThan(5);
        expect(problem.detail).not.toMatch(/\n\s+at |node_modules|\.next\//);
      }
      expect(snapshotDataDir(dataDir)).toEqual(before);
    });
  }
});

test('[security] a catastrophic-backtracking regex that RE2 accepts is evaluated in linear time and answered', async ({
  request,
}) => {
  const response = await request.post(VALIDATE, {
    headers: CSRF,
    data: { path: 'legacy-2018/extra.tf', content: policyWithRegex('(a+)+$') },
  });
  expect(response.status()).toBe(200);
  const { diagnostics } = (await response.json()) as { diagnostics: { code: string }[] };
  expect(diagnostics.map((d) => d.code)).toContain('regex-matches-nothing');
});

test('[security] pages carry the security headers; Monaco works under the CSP', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/w/sample');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  await page.getByRole('button', { name: 'current/falco.tf', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Code editor: current/falco.tf' })).toBeAttached();
  await expect(page.getByText('sysdig_secure_rule_falco').first()).toBeVisible();
  expect(violations).toEqual([]);
});

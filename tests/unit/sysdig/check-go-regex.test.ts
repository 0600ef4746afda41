import { describe, expect, it } from 'vitest';
import { checkGoRegex } from '@/lib/sysdig/index.ts';

describe('[sysdig] checkGoRegex (Go RE2 syntax, checked without RE2)', () => {
  it.each([
    'Terminal shell in container',
    'Unexpected spawned process traefik',
    '.*',
    '^(Write below|Read sensitive) .+$',
    '(?i)terminal shell',
    '(?P<name>shell)',
    '(?i:shell) in container',
    '[[:alpha:]]+ shell',
    '\\pL+',
    '\\x{41}',
    '\\Qa.b*c\\E',
    '\\Ashell\\z',
    'a{2,1000}',
    '[(?=]',
  ])('[sysdig] accepts %s', (pattern) => {
    expect(checkGoRegex(pattern)).toEqual({ isValid: true });
  });

  it.each([
    ['(?<=Terminal) shell', /lookbehind/],
    ['(?<!a)b', /lookbehind/],
    ['shell(?=x)', /lookahead/],
    ['shell(?!x)', /lookahead/],
    ['(a)\\1', /backreference/],
    ['(?<n>a)\\k<n>', /named backreference/],
    ['\\u0041', /\\x\{hex\}/],
    ['a\\Zb', /invalid escape sequence \\Z/],
    ['a{1001}', /at most 1000/],
    ['Terminal (shell', /missing closing \)/],
    ['[a-z', /missing closing \]/],
    ['*shell', /missing argument to repetition operator/],
  ])('[sysdig] rejects %s', (pattern, message) => {
    const check = checkGoRegex(pattern);
    expect(check.isValid).toBe(false);
    if (!check.isValid) expect(check.message).toMatch(message);
  });
});

import { describe, expect, it } from 'vitest';
import {
  HclEditError,
  removeAttribute,
  removeResource,
  setAttribute,
  verifyEdit,
} from '@/lib/hcl/edit/index.ts';

const legacy = [
  'resource "sysdig_secure_policy" "broken" {',
  '  name = "web"',
  '  network = {',
  '    listening_ports {',
  '      tcp = [80]',
  '    }',
  '  }',
  '}',
  '',
  'resource "sysdig_secure_policy" "fine" {',
  '  name = "ok"',
  '}',
  '',
].join('\n');

describe('refusals', () => {
  it('[hcl-edit] not-found names the address', () => {
    const src = 'resource "a" "b" {\n  rules {}\n}\n';
    expect(() => setAttribute(src, { block: ['resource', 'a', 'c'], attribute: 'x' }, 1)).toThrow(
      expect.objectContaining({
        code: 'not-found',
        message: expect.stringContaining('resource.a.c.x'),
      }),
    );
    expect(() =>
      setAttribute(
        src,
        { block: ['resource', 'a', 'b'], path: [{ block: 'rules', index: 1 }], attribute: 'x' },
        1,
      ),
    ).toThrow(
      expect.objectContaining({ code: 'not-found', message: expect.stringContaining('rules[1]') }),
    );
  });

  it('[hcl-edit] ambiguous when two top-level blocks match', () => {
    const src = 'resource "a" "b" {\n  x = 1\n}\nresource "a" "b" {\n  x = 2\n}\n';
    expect(() => setAttribute(src, { block: ['resource', 'a', 'b'], attribute: 'x' }, 3)).toThrow(
      expect.objectContaining({
        code: 'ambiguous',
        message: expect.stringContaining('resource.a.b'),
      }),
    );
    expect(() => removeResource(src, ['resource', 'a', 'b'])).toThrow(HclEditError);
  });

  it('[hcl-edit] syntax-error in the target or an ancestor; other blocks stay editable', () => {
    const broken = { block: ['resource', 'sysdig_secure_policy', 'broken'] };
    expect(() => setAttribute(legacy, { ...broken, attribute: 'name' }, 'x')).toThrow(
      expect.objectContaining({
        code: 'syntax-error',
        message: expect.stringMatching(/resource\.sysdig_secure_policy\.broken\.name.*4:21/),
      }),
    );
    const fine = setAttribute(
      legacy,
      { block: ['resource', 'sysdig_secure_policy', 'fine'], attribute: 'name' },
      'still ok',
    );
    expect(fine.text).toBe(legacy.replace('"ok"', '"still ok"'));
    const unclosed = 'resource "a" "b" {\n  x = 1\n';
    expect(() =>
      removeAttribute(unclosed, { block: ['resource', 'a', 'b'], attribute: 'x' }),
    ).toThrow(expect.objectContaining({ code: 'syntax-error' }));
  });

  it('[hcl-edit] invalid-value for values HCL cannot hold', () => {
    const src = 'resource "a" "b" {\n  x = 1\n}\n';
    const address = { block: ['resource', 'a', 'b'], attribute: 'x' };
    for (const value of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      '\ud800',
      { expression: 'a +' },
      { expression: 'a # c' },
      { expression: '' },
    ])
      expect(() => setAttribute(src, address, value)).toThrow(
        expect.objectContaining({ code: 'invalid-value' }),
      );
    expect(() => setAttribute(src, address, 'e\u0301')).toThrow(
      expect.objectContaining({ code: 'invalid-value', message: expect.stringContaining('NFC') }),
    );
    expect(() => setAttribute(src, address, new Date() as never)).toThrow(
      expect.objectContaining({ code: 'invalid-value' }),
    );
    expect(() => setAttribute(src, address, (() => 1) as never)).toThrow(
      expect.objectContaining({ code: 'invalid-value' }),
    );
  });

  it('[hcl-edit] verification refuses edits that break syntax, touch outside bytes or do not read back', () => {
    const src = 'a = 1\n';
    expect(() =>
      verifyEdit(src, [{ range: { start: 4, end: 5 }, newText: '{' }], 'a', () => null),
    ).toThrow(
      expect.objectContaining({
        code: 'verification-failed',
        message: expect.stringContaining('would not parse'),
      }),
    );
    expect(() =>
      verifyEdit(src, [{ range: { start: 4, end: 5 }, newText: '2' }], 'a', () => 'wrong value'),
    ).toThrow(
      expect.objectContaining({
        code: 'verification-failed',
        message: expect.stringContaining('wrong value'),
      }),
    );
    expect(() =>
      verifyEdit(src, [{ range: { start: 4, end: 9 }, newText: '2' }], 'a', () => null),
    ).toThrow(expect.objectContaining({ code: 'verification-failed' }));
    expect(
      verifyEdit(src, [{ range: { start: 0, end: 5 }, newText: 'a = 2' }], 'a', () => null).edits,
    ).toEqual([{ range: { start: 4, end: 5 }, newText: '2' }]);
  });
});

describe('refusals after an unclosed block', () => {
  it('[hcl-edit] refuses a block that an unclosed block above swallows', () => {
    const src = 'resource "a" "a" {\n  x = 1\n\nresource "b" "b" {\n  y = 2\n}\n';
    expect(() => setAttribute(src, { block: ['resource', 'b', 'b'], attribute: 'y' }, 3)).toThrow(
      expect.objectContaining({ code: 'syntax-error', message: expect.stringContaining('line 1') }),
    );
  });
});

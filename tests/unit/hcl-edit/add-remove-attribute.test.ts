import { describe, expect, it } from 'vitest';
import { addAttribute, removeAttribute } from '@/lib/hcl/edit/index.ts';
import { expectSound, readReal } from './helpers.ts';

const block = ['resource', 'sysdig_secure_custom_policy', 'production_shells'];

describe('addAttribute', () => {
  const text = readReal('lib/workspace/sample/current/policies.tf');

  it('[hcl-edit] aligns a short name with an aligned group and touches no other line', () => {
    const result = addAttribute(text, { block, attribute: 'id' }, 'abc');
    expect(result.edits).toHaveLength(1);
    expect(result.edits[0]?.range.start).toBe(result.edits[0]?.range.end);
    expect(result.text).toContain(
      '  runbook     = "https://wiki.example.com/runbooks/production-shell"\n  id          = "abc"\n\n  rules {',
    );
    expectSound(text, result);
  });

  it('[hcl-edit] writes a longer name unaligned rather than re-aligning the group', () => {
    const result = addAttribute(text, { block, attribute: 'a_much_longer_name' }, 1);
    expect(result.text).toContain('production-shell"\n  a_much_longer_name = 1\n\n  rules {');
  });

  it('[hcl-edit] does not pad in an unaligned group (2018 demo style)', () => {
    const src = readReal('../shared/fixtures/seed-2018/demo/demo_policies.tf');
    const result = addAttribute(
      src,
      {
        block: ['resource', 'sysdig_secure_policy', 'terminal-shell-in-container'],
        attribute: 'x',
      },
      true,
    );
    expect(result.text).toContain('  host_scope = false\n  x = true\n  actions {');
    expectSound(src, result);
  });

  it('[hcl-edit] adds into nested blocks at their indentation, aligned', () => {
    const path = [
      { block: 'actions', index: 0 },
      { block: 'capture', index: 0 },
    ];
    const result = addAttribute(text, { block, path, attribute: 'filter' }, 'proc.name = bash');
    expect(result.text).toContain(
      '      seconds_after_event  = 15\n      filter               = "proc.name = bash"\n    }',
    );
  });

  it('[hcl-edit] puts the attribute before the first nested block when the body starts with one', () => {
    const src = 'resource "a" "b" {\n  rules {\n    x = 1\n  }\n}\n';
    const result = addAttribute(src, { block: ['resource', 'a', 'b'], attribute: 'name' }, 'n');
    expect(result.text).toBe('resource "a" "b" {\n  name = "n"\n\n  rules {\n    x = 1\n  }\n}\n');
  });

  it('[hcl-edit] expands one-line and empty blocks', () => {
    const src = 'resource "a" "b" {\n  one { b = 1 } # c\n  two {}\n}\n';
    const one = addAttribute(
      src,
      { block: ['resource', 'a', 'b'], path: [{ block: 'one', index: 0 }], attribute: 'c' },
      2,
    );
    expect(one.text).toBe(
      'resource "a" "b" {\n  one {\n    b = 1\n    c = 2\n  } # c\n  two {}\n}\n',
    );
    const two = addAttribute(
      src,
      { block: ['resource', 'a', 'b'], path: [{ block: 'two', index: 0 }], attribute: 'c' },
      2,
    );
    expect(two.text).toBe('resource "a" "b" {\n  one { b = 1 } # c\n  two {\n    c = 2\n  }\n}\n');
    const empty = addAttribute(
      'resource "a" "b" {\n}\n',
      { block: ['resource', 'a', 'b'], attribute: 'n' },
      1,
    );
    expect(empty.text).toBe('resource "a" "b" {\n  n = 1\n}\n');
  });

  it('[hcl-edit] refuses an existing attribute and a bad name', () => {
    expect(() => addAttribute(text, { block, attribute: 'name' }, 'x')).toThrow(
      expect.objectContaining({ code: 'invalid-value' }),
    );
    expect(() => addAttribute(text, { block, attribute: '1bad' }, 'x')).toThrow(
      expect.objectContaining({ code: 'invalid-value' }),
    );
  });
});

describe('removeAttribute', () => {
  it('[hcl-edit] deletes the whole line with its trailing comment, keeping group comments', () => {
    const src =
      'resource "a" "b" {\n  # General\n  name = "x" # shown in Secure\n  severity = 1\n}\n';
    const result = removeAttribute(src, { block: ['resource', 'a', 'b'], attribute: 'name' });
    expect(result.text).toBe('resource "a" "b" {\n  # General\n  severity = 1\n}\n');
    expectSound(src, result);
  });

  it('[hcl-edit] deletes the comment lines of an attribute that stands alone, and one blank line', () => {
    const src =
      'resource "a" "b" {\n  name = "x"\n\n  # Why we set this\n  # (two lines)\n  severity = 1\n\n  rules {}\n}\n';
    const result = removeAttribute(src, { block: ['resource', 'a', 'b'], attribute: 'severity' });
    expect(result.text).toBe('resource "a" "b" {\n  name = "x"\n\n  rules {}\n}\n');
  });

  it('[hcl-edit] removes multi-line values, heredocs and CRLF lines', () => {
    const src =
      'resource "a" "b" {\r\n  doc = <<EOT\r\nx\r\nEOT\r\n  list = [\r\n    1,\r\n  ]\r\n  keep = 1\r\n}\r\n';
    const address = { block: ['resource', 'a', 'b'], attribute: 'doc' };
    const doc = removeAttribute(src, address);
    expect(doc.text).toBe(
      'resource "a" "b" {\r\n  list = [\r\n    1,\r\n  ]\r\n  keep = 1\r\n}\r\n',
    );
    const list = removeAttribute(doc.text, { ...address, attribute: 'list' });
    expect(list.text).toBe('resource "a" "b" {\r\n  keep = 1\r\n}\r\n');
  });

  it('[hcl-edit] empties a one-line block', () => {
    const src = 'resource "a" "b" {\n  one { b = 1 }\n}\n';
    const result = removeAttribute(src, {
      block: ['resource', 'a', 'b'],
      path: [{ block: 'one', index: 0 }],
      attribute: 'b',
    });
    expect(result.text).toBe('resource "a" "b" {\n  one {}\n}\n');
  });

  it('[hcl-edit] reports a missing attribute as not-found', () => {
    const src = 'resource "a" "b" {\n}\n';
    expect(() => removeAttribute(src, { block: ['resource', 'a', 'b'], attribute: 'x' })).toThrow(
      expect.objectContaining({
        code: 'not-found',
        message: expect.stringContaining('resource.a.b.x'),
      }),
    );
  });
});

describe('bodies sharing a line with a brace', () => {
  it('[hcl-edit] opens up a single-argument block with a multi-line value, keeping comments', () => {
    const src =
      'resource "a" "b" {\n  capture { rule_names = {\n    k = 1\n  } }\n  one { /* why */ b = 1 }\n}\n';
    const capture = {
      block: ['resource', 'a', 'b'],
      path: [{ block: 'capture', index: 0 }],
      attribute: 'x',
    };
    expect(addAttribute(src, capture, 2).text).toBe(
      'resource "a" "b" {\n  capture {\n    rule_names = {\n    k = 1\n  }\n    x = 2\n  }\n  one { /* why */ b = 1 }\n}\n',
    );
    const one = {
      block: ['resource', 'a', 'b'],
      path: [{ block: 'one', index: 0 }],
      attribute: 'x',
    };
    expect(addAttribute(src, one, 2).text).toContain(
      '  one {\n    /* why */ b = 1\n    x = 2\n  }\n',
    );
  });
});

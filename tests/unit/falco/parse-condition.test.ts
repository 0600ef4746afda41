import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCondition, printCondition } from '../../../lib/falco/index.ts';
import { stripPositions } from './strip-positions.ts';

function shape(text: string, options = {}) {
  const result = parseCondition(text, options);
  expect(result.diagnostics).toEqual([]);
  return stripPositions(result.ast);
}

describe('[falco] parseCondition grammar', () => {
  test('[falco] and binds tighter than or, not tighter than and', () => {
    expect(printCondition(parseCondition('a or b and not c').ast!)).toBe('a or b and not c');
    expect(shape('a or b and not c')).toEqual({
      kind: 'or',
      children: [
        { kind: 'identifier', name: 'a' },
        {
          kind: 'and',
          children: [
            { kind: 'identifier', name: 'b' },
            { kind: 'not', child: { kind: 'identifier', name: 'c' } },
          ],
        },
      ],
    });
  });

  test('[falco] parentheses group and nested not(…) works without a blank', () => {
    expect(shape('not(a or b) and (c)')).toEqual({
      kind: 'and',
      children: [
        {
          kind: 'not',
          child: {
            kind: 'or',
            children: [
              { kind: 'identifier', name: 'a' },
              { kind: 'identifier', name: 'b' },
            ],
          },
        },
        { kind: 'identifier', name: 'c' },
      ],
    });
    expect(shape('a and(b)')).toEqual({
      kind: 'and',
      children: [
        { kind: 'identifier', name: 'a' },
        { kind: 'identifier', name: 'b' },
      ],
    });
  });

  test('[falco] not not cancels out, as in libsinsp', () => {
    expect(shape('not not a')).toEqual({ kind: 'identifier', name: 'a' });
  });

  test.each([
    '=',
    '==',
    '!=',
    '<',
    '<=',
    '>',
    '>=',
    'contains',
    'icontains',
    'bcontains',
    'startswith',
    'bstartswith',
    'endswith',
    'glob',
    'iglob',
    'regex',
  ])('[falco] comparison operator %s', (operator) => {
    const value = /[<>]/.test(operator) ? '10' : 'abc';
    const ast = parseCondition(`proc.name ${operator} ${value}`).ast;
    expect(ast).toMatchObject({
      kind: 'binary',
      operator,
      left: { kind: 'field', name: 'proc.name' },
      right: { kind: 'value', value },
    });
  });

  test.each(['in', 'intersects', 'pmatch'])('[falco] list operator %s', (operator) => {
    expect(shape(`fd.name ${operator} (/etc, "/a b", 'c')`)).toEqual({
      kind: 'binary',
      operator,
      left: { kind: 'field', name: 'fd.name' },
      right: {
        kind: 'list',
        items: [
          { kind: 'value', value: '/etc', isQuoted: false },
          { kind: 'value', value: '/a b', isQuoted: true },
          { kind: 'value', value: 'c', isQuoted: true },
        ],
      },
    });
  });

  test('[falco] unary exists, symbol operators without blanks, empty list', () => {
    expect(shape('fd.name exists')).toEqual({
      kind: 'unary',
      operator: 'exists',
      left: { kind: 'field', name: 'fd.name' },
    });
    expect(parseCondition('fd.sport=80').ast).toMatchObject({
      operator: '=',
      right: { value: '80' },
    });
    expect(parseCondition('evt.dir = <').ast).toMatchObject({
      operator: '=',
      right: { value: '<' },
    });
    expect(parseCondition('proc.name in ()').ast).toMatchObject({
      right: { kind: 'list', items: [] },
    });
  });

  test('[falco] fields with arguments', () => {
    expect(parseCondition('proc.aname[2]=bash').ast).toMatchObject({
      left: { name: 'proc.aname', argument: '2' },
    });
    expect(parseCondition('evt.arg[0] = x').ast).toMatchObject({
      left: { name: 'evt.arg', argument: '0' },
    });
    expect(parseCondition('evt.arg.flags contains O_TRUNC').ast).toMatchObject({
      left: { name: 'evt.arg.flags' },
    });
    expect(parseCondition('jevt.value[/user/name] = admin').ast).toMatchObject({
      left: { name: 'jevt.value', argument: '/user/name' },
    });
    expect(parseCondition('ka.req.pod.containers.image startswith docker.io').ast).toMatchObject({
      left: { name: 'ka.req.pod.containers.image' },
    });
    expect(parseCondition('proc.env["HOME"] exists').ast).toMatchObject({
      left: { name: 'proc.env', argument: 'HOME' },
    });
  });

  test('[falco] transformers on both sides', () => {
    expect(shape('tolower(proc.name) = val(proc.pname)')).toEqual({
      kind: 'binary',
      operator: '=',
      left: {
        kind: 'transformer',
        name: 'tolower',
        arguments: [{ kind: 'field', name: 'proc.name' }],
      },
      right: {
        kind: 'transformer',
        name: 'val',
        arguments: [{ kind: 'field', name: 'proc.pname' }],
      },
    });
    expect(parseCondition('len(proc.args) > 100').ast).toMatchObject({
      left: { name: 'len' },
      right: { value: '100' },
    });
    expect(parseCondition('proc.name in toupper(proc.pname)').ast).toMatchObject({
      right: { kind: 'transformer', name: 'toupper' },
    });
    expect(parseCondition('concat(proc.name, "-", proc.pid) = x').ast).toMatchObject({
      left: { name: 'concat', arguments: [{}, { value: '-' }, {}] },
    });
  });

  test('[falco] quoted strings unescape like libsinsp', () => {
    expect(parseCondition(String.raw`fd.name = "a\"b\n\x41"`).ast).toMatchObject({
      right: { value: 'a"b\nA', isQuoted: true },
    });
    expect(parseCondition(String.raw`fd.name = 'it''s'`).diagnostics).toHaveLength(1);
  });

  test('[falco] string operator modifiers', () => {
    expect(parseCondition('proc.name startswith oneof (a, b)').ast).toMatchObject({
      operator: 'startswith oneof',
      right: { kind: 'list' },
    });
    // `oneof` followed by a boolean keyword is a plain value, as in libsinsp.
    expect(parseCondition('proc.name = oneof and x').ast).toMatchObject({
      kind: 'and',
      children: [{ right: { value: 'oneof' } }, {}],
    });
  });

  test('[falco] append fragments start with and/or after a placeholder', () => {
    const result = parseCondition('and not proc.name=foo', { isAppendFragment: true });
    expect(stripPositions(result.ast)).toEqual({
      kind: 'and',
      children: [
        { kind: 'placeholder' },
        {
          kind: 'not',
          child: {
            kind: 'binary',
            operator: '=',
            left: { kind: 'field', name: 'proc.name' },
            right: { kind: 'value', value: 'foo', isQuoted: false },
          },
        },
      ],
    });
    expect(parseCondition('or fd.sport=8080', { isAppendFragment: true }).ast?.kind).toBe('or');
  });

  test('[falco] references: macros are identifiers, lists are bare list items', () => {
    const { references } = parseCondition(
      'spawned_process and proc.name in (shell_binaries, bash, "quoted_x") and evt.type in (open_by_handle_at) and fd.name pmatch allowed_paths',
    );
    expect(references.macros).toEqual(['spawned_process']);
    expect(references.lists).toEqual(['shell_binaries', 'bash', 'allowed_paths']);
    expect(references.names).toEqual([
      'spawned_process',
      'shell_binaries',
      'bash',
      'allowed_paths',
    ]);
  });

  test('[falco] references: unique names in first-use order, short and long conditions', () => {
    // Property: a condition made of macro operands and `in (…)` lists (names drawn from a small
    // pool, so they repeat and a name can be both) references exactly the names it was built
    // from, each once, in the order of first use — below and above the 16-site threshold where
    // the collector switches from a scan to a set.
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ macro: fc.integer({ min: 0, max: 9 }) }),
            fc.record({
              list: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 6 }),
            }),
          ),
          { minLength: 1, maxLength: 30 },
        ),
        fc.boolean(),
        (operands, useOr) => {
          const text = operands
            .map((operand) =>
              'macro' in operand
                ? `name_${operand.macro}`
                : `proc.name in (${operand.list.map((n) => `name_${n}`).join(', ')})`,
            )
            .join(useOr ? ' or ' : ' and ');
          const unique = (names: string[]) => [...new Set(names)];
          const macros = unique(
            operands.flatMap((operand) => ('macro' in operand ? [`name_${operand.macro}`] : [])),
          );
          const lists = unique(
            operands.flatMap((operand) =>
              'list' in operand ? operand.list.map((n) => `name_${n}`) : [],
            ),
          );
          const { references } = parseCondition(text);
          expect(references.macros).toEqual(macros);
          expect(references.lists).toEqual(lists);
          expect(references.names).toEqual(unique([...macros, ...lists]));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('[falco] node offsets point into the condition text', () => {
    const text = 'a and proc.name in (x_list)';
    const ast = parseCondition(text).ast;
    expect(ast).toMatchObject({ start: 0, end: text.length });
    const site = parseCondition(text).references.sites.find((entry) => entry.name === 'x_list');
    expect(text.slice(site!.start, site!.end)).toBe('x_list');
  });

  test('[falco] error positions honour lineOffset/columnOffset', () => {
    const single = parseCondition('a and (b', { lineOffset: 9, columnOffset: 4 });
    expect(single.diagnostics[0]).toMatchObject({
      code: 'condition-syntax',
      message: "expected a ')' token",
      line: 10,
      column: 13,
    });
    const multi = parseCondition('a and\n  (b or', { lineOffset: 9, columnOffset: 4 });
    expect(multi.diagnostics[0]).toMatchObject({
      message: "expected blank or '(' after 'or'",
      line: 11,
      column: 8,
    });
    const heredoc = parseCondition('a and\nb and\n(c', {
      lineOffset: 4,
      columnOffset: 4,
      continuationColumnOffset: 4,
    });
    expect(heredoc.diagnostics[0]).toMatchObject({ line: 7, column: 7, conditionOffset: 14 });
  });
});

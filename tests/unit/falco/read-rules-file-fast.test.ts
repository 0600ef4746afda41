import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRulesFile } from '../../../lib/falco/parse-rules-file.ts';
import { readRulesFileFast } from '../../../lib/falco/read-rules-file-fast.ts';
import { readYamlSubset } from '../../../lib/falco/read-yaml-subset.ts';
import type { TFalcoItem, TRulesFileItems } from '../../../lib/falco/types.ts';
import { sharedPath } from '../../helpers/shared-fixtures';

// Differential test: inside its subset the fast reader must give exactly what the full `yaml`
// parser gives — kinds, names, values, every range, and every offset of every scalar's map.

// Properties are read one by one: the fast reader makes ranges on first use (getters), which a
// spread would not copy. Every property the full parser gives must be among them.
const ITEM_KEYS = ['kind', 'name', 'label', 'documentIndex', 'index', 'range', 'isMalformed'];
const FIELD_KEYS = ['key', 'value', 'keyRange', 'valueRange', 'scalarStyle', 'mapValueOffset'];

function expectAllPropertiesCompared(items: TFalcoItem[]): void {
  for (const item of items) {
    expect([...ITEM_KEYS, 'fields']).toEqual(expect.arrayContaining(Object.keys(item)));
    for (const field of item.fields)
      expect(FIELD_KEYS).toEqual(expect.arrayContaining(Object.keys(field)));
  }
}

function pick(object: object, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, (object as Record<string, unknown>)[key]]));
}

// Offset maps are compared by their value at every offset of the scalar.
function comparable(items: TFalcoItem[]): unknown {
  return items.map((item) => ({
    ...pick(item, ITEM_KEYS),
    fields: item.fields.map((field) => ({
      ...pick(field, FIELD_KEYS),
      mapValueOffset:
        field.mapValueOffset && typeof field.value === 'string'
          ? Array.from({ length: field.value.length + 1 }, (_, i) => field.mapValueOffset!(i))
          : undefined,
    })),
  }));
}

function expectSameAsFullParser(text: string): TRulesFileItems | null {
  const fast = readRulesFileFast(text, 'rules.yaml');
  if (!fast) return null;
  const full = parseRulesFile(text, { filename: 'rules.yaml' });
  expect(full.diagnostics, text).toEqual([]);
  expectAllPropertiesCompared(full.items);
  expect(comparable(fast.items), text).toEqual(comparable(full.items));
  expect(fast.lineStarts).toEqual(full.lineStarts);
  return fast;
}

function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'spawned_process',
  'proc.name=bash',
  '(evt.type in (open, openat) and fd.num>=0)',
  'container.id != host',
  'true',
  'False',
  'null',
  '~',
  '42',
  '-7',
  '+3',
  '0x1F',
  '0o17',
  '1.5',
  '1e3',
  '.inf',
  '-.Inf',
  '.nan',
  'a:b',
  'x #y',
  'Shell spawned (user=%user.name)',
  'é ünïcode ✓',
  'WARNING',
  "it's",
];
// Plain text outside the subset (or not a plain scalar at all): rare, so most files stay inside.
const OUTSIDE_WORDS = [
  '%user.name',
  'key: value',
  '- dash',
  '*alias',
  '&anchor x',
  '!tag x',
  'end:',
];

/** Random Falco-like rules YAML in every style the subset covers, plus some it does not. */
function generateRulesFile(random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const word = (): string => (random() < 0.01 ? pick(OUTSIDE_WORDS) : pick(WORDS));
  const comment = (indent: number): string =>
    random() < 0.15 ? `${' '.repeat(indent)}# note\n` : '';
  const trailing = (): string => (random() < 0.15 ? '  # why' : random() < 0.05 ? ' ' : '');
  const scalar = (indent: number): string => {
    const style = random();
    const pad = ' '.repeat(indent + 2);
    if (style < 0.3) return `${word()}${trailing()}\n`;
    if (style < 0.4)
      return `${word()}\n${pad}${word()}\n${random() < 0.3 ? '\n' : ''}${pad}${word()}\n`;
    if (style < 0.5) return `'${word().replace(/'/g, "''")}'${trailing()}\n`;
    if (style < 0.6) return `"${pick(['a \\" b', 'c\\\\d', 'e\\nf', word()])}"${trailing()}\n`;
    if (style < 0.8) {
      const header = random() < 0.05 ? pick(['>+', '|2']) : pick(['>', '>-', '|', '|-']);
      const deeper = header[0] === '|' && random() < 0.3 ? `${pad}  ${word()}\n` : '';
      const blank = random() < 0.3 ? '\n' : '';
      return `${header}\n${pad}${word()}\n${blank}${pad}${word()}\n${deeper}${random() < 0.3 ? '\n' : ''}`;
    }
    return `${flow(indent, 0)}${trailing()}\n`;
  };
  const flow = (indent: number, depth: number): string => {
    const count = Math.floor(random() * 4);
    const items: string[] = [];
    for (let i = 0; i < count; i++) {
      const kind = random();
      if (kind < 0.15 && depth < 2) items.push(flow(indent, depth + 1));
      else if (kind < 0.3) items.push(`"${pick(['q', 'x y', '/bin/sh'])}"`);
      else if (kind < 0.35) items.push(`'${pick(['s', "it''s"])}'`);
      else
        items.push(
          random() < 0.02
            ? pick(['k:v', '{x}'])
            : pick(['bash', 'sh', '/usr/bin/zsh', '42', 'true', 'a b']),
        );
    }
    const separator = random() < 0.2 ? `,\n${' '.repeat(indent + 4)}` : ', ';
    const close = random() < 0.1 ? `\n${' '.repeat(indent + pick([-2, 0, 2]))}]` : ']';
    return `[${items.join(separator)}${close}`;
  };
  const value = (indent: number): string => {
    const kind = random();
    const pad = ' '.repeat(indent);
    if (kind < 0.65) return ` ${scalar(indent)}`;
    if (kind < 0.7)
      return `\n${pad}${pick(['  ', '    ', ''])}${scalar(indent + 2)}${comment(indent + 4)}`;
    if (kind < 0.8) {
      const seqIndent = random() < 0.5 ? indent : indent + 2;
      const lines = Array.from(
        { length: 1 + Math.floor(random() * 3) },
        () => `${' '.repeat(seqIndent)}- ${scalar(seqIndent)}${comment(seqIndent)}`,
      );
      return `\n${lines.join('')}`;
    }
    if (kind < 0.9) {
      const seqIndent = indent + 2;
      const entries = Array.from({ length: 1 + Math.floor(random() * 2) }, () => {
        const inner = ' '.repeat(seqIndent + 2);
        return `${' '.repeat(seqIndent)}- name: ${word()}${trailing()}\n${inner}fields: ${flow(seqIndent + 2, 0)}\n${comment(seqIndent + 2)}${inner}values: ${flow(seqIndent + 2, 0)}\n`;
      });
      return `\n${entries.join('')}`;
    }
    if (kind < 0.95)
      return `\n${pad}  condition: ${pick(['append', 'replace'])}\n${pad}  output: replace\n`;
    return '\n';
  };
  const keys = [
    'desc',
    'condition',
    'output',
    'priority',
    'tags',
    'enabled',
    'items',
    'exceptions',
    'override',
    'append',
    'source',
  ];
  let text = random() < 0.5 ? '# Rules\n\n' : '';
  const itemCount = 1 + Math.floor(random() * 5);
  for (let i = 0; i < itemCount; i++) {
    const kind = pick(['rule', 'macro', 'list', 'required_engine_version']);
    text += `- ${kind}: ${pick(['Shell in container', 'my_macro', 'shells', '0.26.0', '"quoted name"', '42'])}\n`;
    const used = new Set([kind]);
    const fieldCount = Math.floor(random() * 5);
    for (let f = 0; f < fieldCount; f++) {
      const key = pick(keys);
      if (used.has(key) && random() < 0.9) continue;
      used.add(key);
      text += `${comment(2)}  ${key}:${value(2)}`;
    }
    text += random() < 0.6 ? '\n' : '';
  }
  return text;
}

describe('[falco] fast rules-file reader', () => {
  test.each([
    sharedPath('fixtures', 'falco', 'falco-incubating_rules.yaml'),
    sharedPath('fixtures', 'falco', 'application_rules.yaml'),
    sharedPath('fixtures', 'seed-2018', 'demo', 'rules.yaml'),
    'lib/workspace/sample/legacy-2018/rules.yaml',
    'tests/fixtures/falco/uses-default-rules.yaml',
  ])('[falco] %s is inside the subset and reads exactly as the full parser reads it', (path) => {
    const fast = expectSameAsFullParser(readFileSync(path, 'utf8'));
    expect(fast).not.toBeNull();
    expect(fast?.items.length).toBeGreaterThan(0);
  });

  test('[falco] 3,000 random rules files: same items as the full parser whenever the subset reader accepts one', () => {
    const random = createRandom(20261127);
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      const text = generateRulesFile(random);
      if (expectSameAsFullParser(text)) accepted++;
    }
    // The generator mixes in constructs outside the subset; most files must still be read fast.
    expect(accepted).toBeGreaterThan(1200);
  });

  test.each([
    ['an anchor', '- list: a\n  items: &x [a]\n'],
    ['an alias', '- list: a\n  items: *x\n'],
    ['a tag', '- list: a\n  items: !!seq [a]\n'],
    ['a flow map', '- list: a\n  items: {a: 1}\n'],
    ['a tab', '- list: a\n  items:\t[a]\n'],
    ['CRLF', '- list: a\r\n  items: [a]\r\n'],
    ['no final newline', '- list: a\n  items: [a]'],
    ['a document marker', '---\n- list: a\n'],
    ['a duplicate key', '- list: a\n  list: b\n'],
    ['a quoted key', '- "list": a\n'],
    ['a multi-line quoted scalar', '- macro: a\n  condition: "x\n    y"\n'],
    ['keep chomping', '- macro: a\n  condition: |+\n    x\n'],
    ['an unusual escape', '- macro: a\n  condition: "\\x41"\n'],
    ['a top-level map', 'rule: a\n'],
    ['a scalar entry', '- a\n'],
    ['an empty file', ''],
  ])('[falco] %s is left to the full parser', (_, text) => {
    expect(readYamlSubset(text)).toBeNull();
  });
});

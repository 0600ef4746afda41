import { stringify } from 'yaml';
import { parseRulesFile } from './parse-rules-file.ts';
import type { TFalcoField, TFalcoItem } from './types.ts';

/** Which entry of a rules file: its position, checked against its kind and name. */
export interface TRulesItemRef {
  documentIndex: number;
  index: number;
  kind: 'rule' | 'macro' | 'list';
  name: string;
}

/** New values by key; `null` removes the key. Keys not named stay as they are. */
export type TRulesItemChanges = Record<string, unknown>;

/** The edited text, or why the edit was refused (nothing changed then). */
export type TEditRulesItemResult =
  { isEdited: true; text: string; changedKeys: string[] } | { isEdited: false; reason: string };

/**
 * A minimal edit of one rule, macro or list of a Falco rules file: only the values of the changed
 * keys are rewritten (in their original style where it can hold the value: quotes, folded or
 * literal blocks, flow or block lists); a new key is added after the item's last key, a removed
 * key's lines are deleted. Every byte outside those values is kept, comments included. The
 * result is parsed again and must decode to exactly the intended item, else the edit is refused.
 * Refused too: a file with YAML errors, an item that is no longer at `ref` (the file changed),
 * removing the item's name. Pure; never throws.
 */
export function editRulesItem(
  text: string,
  ref: TRulesItemRef,
  changes: TRulesItemChanges,
): TEditRulesItemResult {
  const parsed = parseRulesFile(text);
  if (parsed.diagnostics.some((d) => d.severity === 'error'))
    return { isEdited: false, reason: 'the file has YAML errors; fix them in code first' };
  const item = findItem(parsed.items, ref);
  if (!item) return { isEdited: false, reason: `no ${ref.kind} "${ref.name}" at that position` };
  const first = item.fields[0];
  if (!first) return { isEdited: false, reason: `${item.label} has no keys` };
  const indent = ' '.repeat(first.keyRange.start.column - 1);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const changedKeys: string[] = [];
  let appended = '';
  for (const [key, value] of Object.entries(changes)) {
    const field = item.fields.find((f) => f.key === key);
    if (value === null || value === undefined) {
      if (!field) continue;
      if (key === ref.kind || field === first)
        return { isEdited: false, reason: `the ${key} key cannot be removed` };
      const lineStart = text.lastIndexOf('\n', field.keyRange.start.offset - 1) + 1;
      edits.push({ start: lineStart, end: endOfLine(text, valueEnd(text, field)), text: '' });
    } else if (field && sameValue(field.value, value)) {
      continue;
    } else if (field) {
      const start = field.valueRange.start.offset;
      const end = valueEnd(text, field);
      const column = start === end ? first.keyRange.start.column - 1 : columnOf(text, start);
      const rendered = render(value, column, field, text);
      const isBlock = rendered.includes('\n') && !/^[>|]/.test(rendered);
      edits.push({
        start,
        end,
        // An empty value (`key:`) gets its value after a space, or a block on the next line.
        text:
          start === end
            ? isBlock
              ? `\n${' '.repeat(column + 2)}${render(value, column + 2, field, text)}`
              : ` ${rendered}`
            : rendered,
      });
    } else {
      const rendered = render(value, indent.length + 2, undefined, text);
      const isBlock = rendered.includes('\n') && !/^[>|]/.test(rendered);
      appended += isBlock
        ? `\n${indent}${key}:\n${indent}  ${rendered}`
        : `\n${indent}${key}: ${rendered}`;
    }
    changedKeys.push(key);
  }
  if (appended) {
    const last = item.fields[item.fields.length - 1]!;
    const at = valueEnd(text, last);
    edits.push({ start: at, end: at, text: appended });
  }
  if (changedKeys.length === 0) return { isEdited: true, text, changedKeys };
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return verify(out, ref, item, changes) ?? { isEdited: true, text: out, changedKeys };
}

function findItem(items: TFalcoItem[], ref: TRulesItemRef): TFalcoItem | undefined {
  return items.find(
    (item) =>
      item.documentIndex === ref.documentIndex &&
      item.index === ref.index &&
      item.kind === ref.kind &&
      item.name === ref.name,
  );
}

// The edited item must read back as the original with the changes, and nothing else may differ.
function verify(
  text: string,
  ref: TRulesItemRef,
  before: TFalcoItem,
  changes: TRulesItemChanges,
): TEditRulesItemResult | null {
  const parsed = parseRulesFile(text);
  const name = typeof changes[ref.kind] === 'string' ? (changes[ref.kind] as string) : ref.name;
  const after = findItem(parsed.items, { ...ref, name });
  const expected: Record<string, unknown> = {};
  for (const field of before.fields) expected[field.key] = field.value;
  for (const [key, value] of Object.entries(changes))
    if (value === null || value === undefined) delete expected[key];
    else expected[key] = value;
  const actual: Record<string, unknown> = {};
  for (const field of after?.fields ?? []) actual[field.key] = field.value;
  if (parsed.diagnostics.some((d) => d.severity === 'error') || !sameValue(actual, expected))
    return { isEdited: false, reason: 'the edit would not read back as intended; edit it in code' };
  return null;
}

// Where a value's text ends: block scalars and collections own their trailing line breaks and
// blank lines in yaml's ranges, which belong to the file's layout instead.
function valueEnd(text: string, field: TFalcoField): number {
  let end = field.valueRange.end.offset;
  while (end > field.valueRange.start.offset && /\s/.test(text[end - 1]!)) end -= 1;
  return end;
}

function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function indentLines(block: string, column: number): string {
  const pad = ' '.repeat(column);
  return block
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : pad + line))
    .join('\n');
}

// The value's YAML text at `column` (the value's first character's column), in the field's style
// where that style can hold it.
function render(value: unknown, column: number, field: TFalcoField | undefined, text: string) {
  const original = field ? text[field.valueRange.start.offset] : undefined;
  if (typeof value === 'string') {
    const style = field?.scalarStyle;
    const isBlockStyle = style === 'BLOCK_FOLDED' || style === 'BLOCK_LITERAL';
    const body = value.replace(/\n$/, '');
    if ((isBlockStyle || body.includes('\n')) && !/^\s/.test(value) && !/\n\n$/.test(value)) {
      const folded = style === 'BLOCK_FOLDED' && !body.includes('\n');
      const chomp = value.endsWith('\n') ? '' : '-';
      const pad = ' '.repeat(field ? columnOf(text, field.keyRange.start.offset) + 2 : column);
      return `${folded ? '>' : '|'}${chomp}\n${body
        .split('\n')
        .map((line) => (line === '' ? '' : pad + line))
        .join('\n')}`;
    }
    if (style === 'QUOTE_DOUBLE') return JSON.stringify(value);
    if (style === 'QUOTE_SINGLE' && !value.includes('\n')) return `'${value.replace(/'/g, "''")}'`;
    return stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  }
  if (Array.isArray(value) && original !== '-' && value.every((v) => typeof v !== 'object'))
    return stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).replace(/\n$/, '');
  return indentLines(stringify(value, { lineWidth: 0 }).replace(/\n$/, ''), column);
}

function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1)),
        )
      : v,
  );
}

import { resolveCoreScalar } from './resolve-core-scalar.ts';
import type { TScalarStyle } from './types.ts';

/**
 * A node of the YAML subset Falco rules files are written in. Offsets follow the `yaml`
 * package's `range`: `start`, `end` (end of the value) and `nodeEnd` (past a trailing comment
 * and line break).
 */
export type TSubsetNode =
  | {
      kind: 'scalar';
      value: unknown;
      style: TScalarStyle;
      start: number;
      end: number;
      nodeEnd: number;
    }
  | { kind: 'seq'; items: TSubsetNode[]; start: number; end: number; nodeEnd: number }
  | { kind: 'map'; pairs: TSubsetPair[]; start: number; end: number; nodeEnd: number };

/** One `key: value` of a block map; keys are plain words. */
export interface TSubsetPair {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: TSubsetNode;
}

// Raised when the text leaves the subset; the caller then uses the full YAML parser.
class OutsideSubset extends Error {}

function outside(): never {
  throw new OutsideSubset();
}

const KEY = /[A-Za-z_][A-Za-z0-9_-]*:(?= |\n)/y;
const TYPED_KEY = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE|[Nn]ull|NULL|__proto__)$/;
const SIMPLE_ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t' };

/**
 * Reads a YAML document that is one block sequence at column 0 (a Falco rules file) into
 * TSubsetNodes — or returns null when the text uses anything beyond the plain subset rules files
 * are written in (tabs, CR, BOM, directives, several documents, anchors, aliases, tags, flow maps,
 * quoted keys, multi-line quoted scalars, uncommon escapes, indentation indicators, keep
 * chomping, duplicate keys, no final newline…), so the caller falls back to the `yaml` package.
 *
 * Why by hand: the `yaml` package is the reference (it keeps comments for edits) but composing
 * documents costs most of a full validation; validating thousands of rules on every keystroke
 * needs a reader an order of magnitude faster. Inside the subset the result equals `yaml`'s
 * (a differential test checks values, ranges and offsets). Pure; never throws.
 */
export function readYamlSubset(text: string): TSubsetNode[] | null {
  if (!text.endsWith('\n') || /[\t\r\uFEFF]/.test(text)) return null;
  try {
    return new SubsetReader(text).readDocument();
  } catch (error) {
    if (error instanceof OutsideSubset) return null;
    throw error;
  }
}

class SubsetReader {
  constructor(private readonly text: string) {}

  readDocument(): TSubsetNode[] {
    const { text } = this;
    let at = this.skipBlankLines(0, 0);
    if (at >= text.length) outside();
    const items: TSubsetNode[] = [];
    while (at < text.length) {
      const c = text[at];
      if (c !== '-' || text[at + 1] !== ' ') outside();
      const entry = this.readSeqEntry(at, 0);
      if (entry.node.kind !== 'map') outside();
      items.push(entry.node);
      at = this.skipBlankLines(entry.next, 0);
      if (at < text.length && this.indentAt(at) !== 0) outside();
    }
    return items;
  }

  /** Reads the entry after the `- ` at `dash` of a sequence at column `indent`. */
  private readSeqEntry(dash: number, indent: number): { node: TSubsetNode; next: number } {
    const { text } = this;
    let at = dash + 2;
    while (text[at] === ' ') at++;
    if (text[at] === '\n' || text[at] === '#') outside();
    if (this.isKeyAt(at)) return this.readBlockMap(at, at - this.lineStartOf(at));
    return this.readInlineValue(at, indent);
  }

  private readBlockMap(first: number, indent: number): { node: TSubsetNode; next: number } {
    const { text } = this;
    const pairs: TSubsetPair[] = [];
    const keys = new Set<string>();
    let at = first;
    let next: number;
    for (;;) {
      if (!this.isKeyAt(at)) outside();
      const key = text.slice(at, KEY.lastIndex - 1);
      if (TYPED_KEY.test(key) || keys.has(key)) outside();
      keys.add(key);
      const keyEnd = at + key.length;
      const value = this.readMapValue(keyEnd + 1, indent);
      pairs.push({ key, keyStart: at, keyEnd, value: value.node });
      next = value.next;
      const line = this.skipBlankLines(next, indent);
      if (line >= text.length) break;
      const lineIndent = this.indentAt(line);
      if (lineIndent < indent) break;
      if (lineIndent > indent || !this.isKeyAt(line + lineIndent)) outside();
      at = line + lineIndent;
    }
    const last = pairs[pairs.length - 1] as TSubsetPair;
    const end = last.value.nodeEnd;
    return { node: { kind: 'map', pairs, start: first, end, nodeEnd: end }, next };
  }

  /** The value after a key's `:` at `afterColon`, in a map at column `indent`. */
  private readMapValue(afterColon: number, indent: number): { node: TSubsetNode; next: number } {
    const { text } = this;
    if (text[afterColon] === '\n') {
      const line = this.skipBlankLines(afterColon + 1, indent);
      const lineIndent = line < text.length ? this.indentAt(line) : -1;
      const at = line + lineIndent;
      if (lineIndent >= indent && text[at] === '-' && text[at + 1] === ' ')
        return this.readBlockSeq(at, lineIndent);
      if (lineIndent > indent) {
        if (this.isKeyAt(at)) return this.readBlockMap(at, lineIndent);
        // A scalar or flow sequence written on the line after its key.
        if (text[at] === '|' || text[at] === '>' || text[at] === '-') outside();
        return this.readInlineValue(at, indent);
      }
      // `yaml` stretches an empty value over the blank and comment lines after it.
      if (line !== afterColon + 1) outside();
      const empty = afterColon;
      return {
        node: {
          kind: 'scalar',
          value: null,
          style: 'PLAIN',
          start: empty,
          end: empty,
          nodeEnd: empty,
        },
        next: afterColon + 1,
      };
    }
    let at = afterColon;
    while (text[at] === ' ') at++;
    if (text[at] === '\n' || text[at] === '#') outside();
    return this.readInlineValue(at, indent);
  }

  private readBlockSeq(first: number, indent: number): { node: TSubsetNode; next: number } {
    const { text } = this;
    const items: TSubsetNode[] = [];
    let dash = first;
    let next: number;
    for (;;) {
      const entry = this.readSeqEntry(dash, indent);
      items.push(entry.node);
      next = entry.next;
      const line = this.skipBlankLines(next, indent);
      if (line >= text.length) break;
      const lineIndent = this.indentAt(line);
      if (lineIndent < indent) break;
      const at = line + lineIndent;
      const isDash = text[at] === '-' && text[at + 1] === ' ';
      if (lineIndent === indent && !isDash) break;
      if (lineIndent > indent || !isDash) outside();
      dash = at;
    }
    const end = (items[items.length - 1] as TSubsetNode).nodeEnd;
    return { node: { kind: 'seq', items, start: first, end, nodeEnd: end }, next };
  }

  /** A value that starts mid-line at `at`; continuation lines must be deeper than `indent`. */
  private readInlineValue(at: number, indent: number): { node: TSubsetNode; next: number } {
    const c = this.text[at];
    if (c === "'" || c === '"') {
      const scalar = this.readQuoted(at);
      return this.finishLine(
        scalar.value,
        c === "'" ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE',
        at,
        scalar.end,
      );
    }
    if (c === '[') {
      const seq = this.readFlowSeq(at, indent);
      const next = this.restOfLine(seq.end);
      return {
        node: { kind: 'seq', items: seq.items, start: at, end: seq.end, nodeEnd: next },
        next,
      };
    }
    if (c === '|' || c === '>') return this.readBlockScalar(at, indent);
    return this.readPlain(at, indent);
  }

  private finishLine(
    value: unknown,
    style: TScalarStyle,
    start: number,
    end: number,
  ): { node: TSubsetNode; next: number } {
    const next = this.restOfLine(end);
    return { node: { kind: 'scalar', value, style, start, end, nodeEnd: next }, next };
  }

  /** A one-line quoted scalar at `at`; returns its value and the offset past the closing quote. */
  private readQuoted(at: number): { value: string; end: number } {
    const { text } = this;
    const quote = text[at];
    let value = '';
    let from = at + 1;
    for (let i = at + 1; ; i++) {
      const c = text[i];
      if (c === '\n' || c === undefined) outside();
      if (quote === "'" && c === "'") {
        if (text[i + 1] === "'") {
          value += text.slice(from, i + 1);
          from = i + 2;
          i++;
          continue;
        }
        return { value: value + text.slice(from, i), end: i + 1 };
      }
      if (quote === '"' && c === '\\') {
        const escaped = SIMPLE_ESCAPES[text[i + 1] as string];
        if (escaped === undefined) outside();
        value += text.slice(from, i) + escaped;
        from = i + 2;
        i++;
        continue;
      }
      if (quote === '"' && c === '"') return { value: value + text.slice(from, i), end: i + 1 };
    }
  }

  /** `[a, "b", [c]]`, possibly over several lines deeper than `indent`; no comments inside. */
  private readFlowSeq(
    open: number,
    indent: number,
    isOuter = true,
  ): { items: TSubsetNode[]; end: number } {
    const { text } = this;
    const items: TSubsetNode[] = [];
    let at = this.skipFlowSpace(open + 1, indent, isOuter);
    if (text[at] === ']') return { items, end: at + 1 };
    for (;;) {
      const c = text[at];
      let item: TSubsetNode;
      if (c === '[') {
        const inner = this.readFlowSeq(at, indent, false);
        item = { kind: 'seq', items: inner.items, start: at, end: inner.end, nodeEnd: inner.end };
      } else if (c === "'" || c === '"') {
        const quoted = this.readQuoted(at);
        const style = c === "'" ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE';
        item = {
          kind: 'scalar',
          value: quoted.value,
          style,
          start: at,
          end: quoted.end,
          nodeEnd: quoted.end,
        };
      } else {
        item = this.readFlowPlain(at);
      }
      items.push(item);
      at = this.skipFlowSpace(item.end, indent, isOuter);
      if (text[at] === ']') return { items, end: at + 1 };
      if (text[at] !== ',') outside();
      at = this.skipFlowSpace(at + 1, indent, isOuter);
      if (text[at] === ']') outside();
    }
  }

  private readFlowPlain(at: number): TSubsetNode {
    const { text } = this;
    if (!isPlainStart(text, at)) outside();
    let stop = at;
    for (;;) {
      const c = text[stop];
      if (c === ',' || c === ']' || c === '\n') break;
      if (c === '[' || c === '{' || c === '}' || c === ':' || c === '#') outside();
      stop++;
    }
    let end = stop;
    while (text[end - 1] === ' ') end--;
    if (text[stop] === '\n') {
      // A plain scalar folded over a line break: rare in rules files, left to the full parser.
      let after = stop;
      while (text[after] === ' ' || text[after] === '\n') after++;
      if (text[after] !== ',' && text[after] !== ']') outside();
    }
    const source = text.slice(at, end);
    return {
      kind: 'scalar',
      value: resolveCoreScalar(source),
      style: 'PLAIN',
      start: at,
      end,
      nodeEnd: end,
    };
  }

  /** Skips spaces and line breaks inside a flow collection; lines must be deeper than `indent`. */
  private skipFlowSpace(from: number, indent: number, isOuter: boolean): number {
    const { text } = this;
    let at = from;
    for (;;) {
      const c = text[at];
      if (c === ' ') at++;
      else if (c === '\n') {
        at++;
        // Content lines go deeper than the parent; the outermost `]` may sit at its indentation.
        const lineIndent = this.indentAt(at);
        const isCloseAtIndent = isOuter && text[at + lineIndent] === ']';
        if (lineIndent < indent || (lineIndent === indent && !isCloseAtIndent)) outside();
      } else if (c === '#') outside();
      else return at;
    }
  }

  /** A plain scalar in block context, folded over deeper continuation lines. */
  private readPlain(at: number, indent: number): { node: TSubsetNode; next: number } {
    const { text } = this;
    if (!isPlainStart(text, at)) outside();
    let line = this.plainSegment(at);
    let value = text.slice(at, line.end);
    let end = line.end;
    let next = line.next;
    let blanks = 0;
    if (!line.hasComment) {
      for (let cursor = next; cursor < text.length;) {
        const lineIndent = this.indentAt(cursor);
        const first = cursor + lineIndent;
        if (text[first] === '\n') {
          blanks++;
          cursor = first + 1;
          continue;
        }
        if (lineIndent <= indent) break;
        if (text[first] === '#' || text[first] === '-') outside();
        line = this.plainSegment(first);
        value += (blanks === 0 ? ' ' : '\n'.repeat(blanks)) + text.slice(first, line.end);
        blanks = 0;
        end = line.end;
        next = line.next;
        cursor = next;
        if (line.hasComment) break;
      }
    }
    if (line.hasComment) {
      // A comment ends a plain scalar; a deeper line after it would be a YAML error.
      const after = this.skipBlankLines(next, indent);
      if (after < text.length && this.indentAt(after) > indent) outside();
    }
    return {
      node: {
        kind: 'scalar',
        value: resolveCoreScalar(value),
        style: 'PLAIN',
        start: at,
        end,
        nodeEnd: next,
      },
      next,
    };
  }

  /** One line of a plain scalar from `at`: its trimmed end and the next line's start. */
  private plainSegment(at: number): { end: number; next: number; hasComment: boolean } {
    const { text } = this;
    let i = at;
    let hasComment = false;
    for (; text[i] !== '\n'; i++) {
      const c = text[i];
      if (c === ':' && (text[i + 1] === ' ' || text[i + 1] === '\n')) outside();
      if (c === '#' && text[i - 1] === ' ') {
        hasComment = true;
        break;
      }
    }
    let end = i;
    while (text[end - 1] === ' ') end--;
    const next = text.indexOf('\n', i) + 1;
    return { end, next, hasComment };
  }

  /** `|`, `|-`, `>` or `>-` and the lines deeper than `indent` after it. */
  private readBlockScalar(at: number, indent: number): { node: TSubsetNode; next: number } {
    const { text } = this;
    const isFolded = text[at] === '>';
    let header = at + 1;
    const isStrip = text[header] === '-';
    if (isStrip) header++;
    if (text[header] !== '\n') outside();
    let cursor = header + 1;
    const blockIndent = this.indentAt(cursor);
    if (blockIndent <= indent || text[cursor + blockIndent] === '\n') outside();
    // Folding as the `yaml` package does it (compose/resolve-block-scalar.js): line breaks between
    // normal lines become spaces; more-indented lines and empty lines keep their breaks.
    let value = '';
    let sep = '';
    let isPrevMoreIndented = false;
    let pendingEmpty = 0;
    let end = cursor;
    while (cursor < text.length) {
      const lineIndent = this.indentAt(cursor);
      const first = cursor + lineIndent;
      if (text[first] === '\n') {
        if (lineIndent > 0) outside();
        pendingEmpty++;
        cursor = first + 1;
        continue;
      }
      if (lineIndent < blockIndent) break;
      for (; pendingEmpty > 0; pendingEmpty--) {
        if (!isFolded) {
          value += sep;
          sep = '\n';
        } else if (sep === '\n') value += '\n';
        else sep = '\n';
      }
      const lineEnd = text.indexOf('\n', first);
      const content = text.slice(cursor + blockIndent, lineEnd);
      if (!isFolded) {
        value += sep + content;
        sep = '\n';
      } else if (lineIndent > blockIndent) {
        if (sep === ' ') sep = '\n';
        else if (!isPrevMoreIndented && sep === '\n') sep = '\n\n';
        value += sep + content;
        sep = '\n';
        isPrevMoreIndented = true;
      } else {
        value += sep + content;
        sep = ' ';
        isPrevMoreIndented = false;
      }
      end = lineEnd + 1;
      cursor = end;
    }
    if (!isStrip) value += '\n';
    const style = isFolded ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
    return { node: { kind: 'scalar', value, style, start: at, end, nodeEnd: end }, next: end };
  }

  /** After a value ending at `end`: spaces, an optional comment, the line break; the next line's start. */
  private restOfLine(end: number): number {
    const { text } = this;
    let at = end;
    while (text[at] === ' ') at++;
    if (text[at] === '#' && at > end) at = text.indexOf('\n', at);
    if (text[at] !== '\n') outside();
    return at + 1;
  }

  /**
   * From a line start, skips empty, blank and comment-only lines; the next content line's start.
   * `yaml` counts a comment deeper than the collection being read (`indent`) into the range of
   * the node before it: such comments are left to the full parser.
   */
  private skipBlankLines(from: number, indent: number): number {
    const { text } = this;
    let at = from;
    while (at < text.length) {
      const lineIndent = this.indentAt(at);
      const first = at + lineIndent;
      if (text[first] === '\n') at = first + 1;
      else if (text[first] === '#') {
        if (lineIndent > indent) outside();
        at = text.indexOf('\n', first) + 1;
      } else break;
    }
    return at;
  }

  private indentAt(lineStart: number): number {
    let i = lineStart;
    while (this.text[i] === ' ') i++;
    return i - lineStart;
  }

  private lineStartOf(at: number): number {
    return this.text.lastIndexOf('\n', at - 1) + 1;
  }

  private isKeyAt(at: number): boolean {
    KEY.lastIndex = at;
    return KEY.test(this.text);
  }
}

// Characters that cannot start a plain scalar (YAML's indicators); `-`, `?` and `:` may when
// not followed by a space.
function isPlainStart(text: string, at: number): boolean {
  const c = text[at] as string;
  if ('[]{},#&*!|>\'"%@`'.includes(c) || c === ' ' || c === '\n') return false;
  if ((c === '-' || c === '?' || c === ':') && (text[at + 1] === ' ' || text[at + 1] === '\n'))
    return false;
  return true;
}

import { T } from './token-kind.ts';

/** A heredoc being scanned: its closing marker and whether the scanner is at a line start. */
export interface Heredoc {
  marker: string;
  startOfLine: boolean;
}

/** Scanner mode: HCL's main token machine (scan_tokens.rl `main`). */
export const MODE_MAIN = 0;
/** Scanner mode: inside a quoted template (`stringTemplate`). */
export const MODE_STRING = 1;
/** Scanner mode: inside a heredoc template (`heredocTemplate`). */
export const MODE_HEREDOC = 2;

/**
 * Mutable state of one scan (hclsyntax scan_tokens.rl: mode stack, brace depth, pending
 * heredocs) plus the token arrays being filled; `emit` appends a token.
 */
export class LexerState {
  count = 0;
  hasInvalid = false;
  mode = MODE_MAIN;
  braces = 0;
  readonly modes: number[] = [MODE_MAIN];
  readonly retBraces: number[] = [];
  readonly heredocs: Heredoc[] = [];
  readonly lineStarts: number[] = [0];
  readonly text: string;
  readonly length: number;
  readonly kinds: Uint8Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;

  constructor(text: string, kinds: Uint8Array, starts: Int32Array, ends: Int32Array) {
    this.text = text;
    this.length = text.length;
    this.kinds = kinds;
    this.starts = starts;
    this.ends = ends;
  }

  emit(kind: number, start: number, end: number): void {
    const i = this.count;
    this.kinds[i] = kind;
    this.starts[i] = start;
    this.ends[i] = end;
    this.count = i + 1;
    if (kind >= T.BitAnd && kind !== T.Eof) this.hasInvalid = true;
  }
}

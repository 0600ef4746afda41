import { nodeListOf } from './cst-nodes.ts';

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
 * heredocs) plus the token arrays being filled. Tokens are contiguous, so a token is its kind
 * and start offset: it ends where the next one starts. Each mode's scanner appends its tokens
 * inline (`kinds[count] = kind; starts[count++] = start`) in one loop until the mode changes.
 */
export class LexerState {
  count = 0;
  /** Whether a token kind hclsyntax `checkInvalidTokens` reports on was emitted. */
  hasInvalid = false;
  mode = MODE_MAIN;
  braces = 0;
  /** The kind of the token a helper of a scanner just scanned. */
  scanned = 0;
  readonly modes: number[] = [MODE_MAIN];
  readonly retBraces: number[] = [];
  readonly heredocs: Heredoc[] = [];
  // Kept in the token stream (one allocation site for the parser's arrays: cst-nodes.ts).
  readonly lineStarts: number[] = nodeListOf(0);
  readonly text: string;
  readonly length: number;
  readonly kinds: Uint8Array;
  readonly starts: Int32Array;

  constructor(text: string, kinds: Uint8Array, starts: Int32Array) {
    this.text = text;
    this.length = text.length;
    this.kinds = kinds;
    this.starts = starts;
  }

  /** Enters `mode` (pushed on the mode stack). */
  enter(mode: number): void {
    this.modes.push(mode);
    this.mode = mode;
  }

  /** Leaves the current mode for the one below it on the stack. */
  leave(): void {
    this.modes.pop();
    this.mode = this.modes.length > 0 ? (this.modes[this.modes.length - 1] as number) : MODE_MAIN;
  }
}

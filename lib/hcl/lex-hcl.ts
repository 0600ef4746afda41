import { T } from './token-kind.ts';
import { LexerState, MODE_MAIN, MODE_STRING } from './lexer-state.ts';
import { scanMainToken } from './scan-main-token.ts';
import { scanStringToken } from './scan-string-token.ts';
import { scanHeredocToken } from './scan-heredoc-token.ts';

/**
 * The token stream of one HCL source: struct-of-arrays (kind, start, end as UTF-16 offsets) so
 * indexing megabytes allocates no object per token. Tokens are contiguous and cover the whole
 * text (trivia included); the last token is a zero-width `T.Eof`. `lineStarts` holds the offset
 * of the first character of every line (line 1 starts at 0).
 */
export interface TokenStream {
  text: string;
  count: number;
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  lineStarts: number[];
  /** Whether any token needs hclsyntax `checkInvalidTokens` attention. */
  hasInvalid: boolean;
}

let scratch = { kinds: new Uint8Array(0), starts: new Int32Array(0), ends: new Int32Array(0) };

/**
 * Scans `text` into tokens, following hclsyntax/scan_tokens.rl: a main mode, a quoted-template
 * mode entered at `"` and a heredoc mode entered at `<<EOT`/`<<-EOT`, with `${`/`%{` re-entering
 * the main mode until the matching `}`. Never throws: characters HCL cannot scan become
 * `T.Invalid` tokens (the parser reports them).
 */
export function lexHcl(text: string): TokenStream {
  const length = text.length;
  // Every token but Eof is at least one character long, so length + 2 slots always suffice.
  // Scan into shared scratch buffers and copy out exact-size arrays: allocating (and zeroing)
  // length-sized typed arrays per file costs more than the scan itself.
  if (scratch.kinds.length < length + 2) {
    const capacity = Math.max(length + 2, scratch.kinds.length * 2);
    scratch = {
      kinds: new Uint8Array(capacity),
      starts: new Int32Array(capacity),
      ends: new Int32Array(capacity),
    };
  }
  const { kinds, starts, ends } = scratch;

  const lexer = new LexerState(text, kinds, starts, ends);
  let p = 0;
  if (length > 0 && text.charCodeAt(0) === 0xfeff) {
    lexer.emit(T.Bom, 0, 1);
    p = 1;
    // HCL (and Monaco) do not count the byte order mark as a column.
    lexer.lineStarts[0] = 1;
  }
  while (p < length) {
    const mode = lexer.mode;
    if (mode === MODE_MAIN) p = scanMainToken(lexer, p);
    else if (mode === MODE_STRING) p = scanStringToken(lexer, p);
    else p = scanHeredocToken(lexer, p);
  }
  lexer.emit(T.Eof, length, length);
  const count = lexer.count;
  const hasInvalid = lexer.hasInvalid;
  const lineStarts = lexer.lineStarts;
  return {
    text,
    count,
    kinds: kinds.slice(0, count),
    starts: starts.slice(0, count),
    ends: ends.slice(0, count),
    lineStarts,
    hasInvalid,
  };
}

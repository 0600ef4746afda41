import { T } from './token-kind.ts';
import { LexerState, MODE_MAIN, MODE_STRING } from './lexer-state.ts';
import { scanMainTokens } from './scan-main-tokens.ts';
import { scanStringTokens } from './scan-string-tokens.ts';
import { scanHeredocTokens } from './scan-heredoc-tokens.ts';

/**
 * The token stream of one HCL source: struct-of-arrays (kind, start, end as UTF-16 offsets) so
 * indexing megabytes allocates no object per token. Tokens are contiguous and cover the whole
 * text (trivia included); the last token is a zero-width `T.Eof`. `ends` is a view of `starts`
 * shifted by one (a token ends where the next starts). `lineStarts` holds the offset of the
 * first character of every line (line 1 starts at 0).
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

// A class, not an object literal: V8 tracks an allocation site per literal, and when it sees that
// the site's objects survive (a token stream lives as long as its file's tree) it allocates them
// in the old generation from then on and discards the optimised code of lexHcl (cst-nodes.ts).
class Tokens implements TokenStream {
  declare text: string;
  declare count: number;
  declare kinds: Uint8Array;
  declare starts: Int32Array;
  declare ends: Int32Array;
  declare lineStarts: number[];
  declare hasInvalid: boolean;
  constructor(
    text: string,
    count: number,
    kinds: Uint8Array,
    starts: Int32Array,
    ends: Int32Array,
    lineStarts: number[],
    hasInvalid: boolean,
  ) {
    this.text = text;
    this.count = count;
    this.kinds = kinds;
    this.starts = starts;
    this.ends = ends;
    this.lineStarts = lineStarts;
    this.hasInvalid = hasInvalid;
  }
}

let scratch = { kinds: new Uint8Array(0), starts: new Int32Array(0) };

/**
 * Scans `text` into tokens, following hclsyntax/scan_tokens.rl: a main mode, a quoted-template
 * mode entered at `"` and a heredoc mode entered at `<<EOT`/`<<-EOT`, with `${`/`%{` re-entering
 * the main mode until the matching `}`. Never throws: characters HCL cannot scan become
 * `T.Invalid` tokens (the parser reports them).
 */
export function lexHcl(text: string): TokenStream {
  const length = text.length;
  // Every token but Eof is at least one character long, so length + 2 slots (plus the end
  // offset after Eof) always suffice. Scan into shared scratch buffers and copy out exact-size
  // arrays: allocating (and zeroing) length-sized typed arrays per file costs more than the scan.
  if (scratch.kinds.length < length + 3) {
    const capacity = Math.max(length + 3, scratch.kinds.length * 2);
    scratch = { kinds: new Uint8Array(capacity), starts: new Int32Array(capacity) };
  }
  const lexer = new LexerState(text, scratch.kinds, scratch.starts);
  let p = 0;
  if (length > 0 && text.charCodeAt(0) === 0xfeff) {
    lexer.kinds[0] = T.Bom;
    lexer.starts[0] = 0;
    lexer.count = 1;
    p = 1;
    // HCL (and Monaco) do not count the byte order mark as a column.
    lexer.lineStarts[0] = 1;
  }
  while (p < length) {
    const mode = lexer.mode;
    if (mode === MODE_MAIN) p = scanMainTokens(lexer, p);
    else if (mode === MODE_STRING) p = scanStringTokens(lexer, p);
    else p = scanHeredocTokens(lexer, p);
  }
  const count = lexer.count + 1;
  scratch.kinds[count - 1] = T.Eof;
  scratch.starts[count - 1] = length;
  scratch.starts[count] = length;
  const offsets = scratch.starts.slice(0, count + 1);
  return new Tokens(
    text,
    count,
    scratch.kinds.slice(0, count),
    offsets.subarray(0, count),
    offsets.subarray(1, count + 1),
    // An exact-size copy: the array grown by push keeps up to half its length spare.
    lexer.lineStarts.slice(),
    lexer.hasInvalid,
  );
}

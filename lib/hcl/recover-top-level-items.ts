import type { TokenStream } from './lex-hcl.ts';
import { ParserState, type RawDiagnostic } from './parser-state.ts';
import { parseBody } from './parse-body.ts';
import { T } from './token-kind.ts';
import type { HclAttribute, HclBlock } from './types.ts';

/**
 * Rebuilds the top-level items of a file that has syntax errors, so one broken block does not
 * hide the others. HCL's recovery keeps the items before an error, but may skip to the end of
 * the file (an error at the top level) or let an unclosed block swallow the blocks after it.
 * So: an item of `faithful` is kept unless it contains an error *and* a block header starting
 * at column 1 (`type "label" … {` on one line) — then it is re-parsed as slices cut before each
 * such header; and headers after the last kept item start slices of their own. Slices are
 * parsed like files; their diagnostics are discarded (the file's stay HCL's). Never throws.
 */
export function recoverTopLevelItems(
  tokens: TokenStream,
  faithful: (HclAttribute | HclBlock)[],
  errorOffsets: number[],
): (HclAttribute | HclBlock)[] {
  const headers = findBlockHeaders(tokens);
  if (headers.length === 0) return faithful;
  const headerOffsets = headers.map((h) => tokens.starts[h] as number);
  const items: (HclAttribute | HclBlock)[] = [];
  let coveredUntil = 0;
  for (const item of faithful) {
    coveredUntil = Math.max(coveredUntil, item.end);
    if (!errorOffsets.some((o) => o >= item.start && o <= item.end)) {
      items.push(item);
      continue;
    }
    const hasInnerHeader = headerOffsets.some((o) => o > item.start && o < item.end);
    if (hasInnerHeader) {
      items.push(
        ...parseFromHeaders(
          tokens,
          tokenIndexAt(tokens, item.start),
          tokenIndexAt(tokens, item.end),
          headers,
        ),
      );
    } else items.push(item);
  }
  const rest = headers.filter((_, i) => (headerOffsets[i] as number) >= coveredUntil);
  if (rest.length > 0)
    items.push(...parseFromHeaders(tokens, rest[0] as number, tokens.count - 1, headers));
  return items;
}

/**
 * Window sizes (in header-to-header slices) tried in turn from each restart point: the wider
 * ones let an unindented nested block (a header inside its parent) stay inside its parent.
 */
const WINDOWS = [1, 2, 3];

/**
 * Parses top-level items from token `from` up to `limit`, restarting at column-1 block headers.
 * Windows starting at a header (WINDOWS) are tried until the first item parses
 * cleanly — so an unindented nested block stays inside its parent — and the clean items are
 * kept; if no window works, the smallest slice's items are kept. Cost: a few parses of each slice, more only around errors.
 */
function parseFromHeaders(
  tokens: TokenStream,
  from: number,
  limit: number,
  headers: number[],
): (HclAttribute | HclBlock)[] {
  const starts = [from, ...headers.filter((h) => h > from && h < limit)];
  const items: (HclAttribute | HclBlock)[] = [];
  let i = 0;
  while (i < starts.length) {
    const start = starts[i] as number;
    const sliceEnd = (index: number): number =>
      index < starts.length ? (starts[index] as number) : limit;
    let next: number | null = null;
    for (const k of WINDOWS) {
      if (next !== null) break;
      const { items: parsed, diagnostics } = parseSlice(tokens, start, sliceEnd(i + k));
      const isClean = (item: HclAttribute | HclBlock): boolean =>
        !diagnostics.some((d) => d.start >= item.start && d.start <= item.end) &&
        (item.kind === 'attribute' || item.closeBrace >= 0);
      const first = parsed[0];
      if (first && isClean(first)) {
        let lastEnd = first.end;
        for (const item of parsed) {
          if (!isClean(item)) break;
          items.push(item);
          lastEnd = item.end;
        }
        const after = starts.findIndex((h, j) => j > i && (tokens.starts[h] as number) >= lastEnd);
        next = after === -1 ? starts.length : after;
      }
    }
    if (next === null) {
      // No window makes the first item clean: keep what the smallest slice gives.
      items.push(...parseSlice(tokens, start, sliceEnd(i + 1)).items);
      next = i + 1;
    }
    i = next;
  }
  return items;
}

/**
 * The body items of tokens [start, end) and the diagnostics of parsing them. A slice nested too
 * deep for the stack has no items (the whole file's parse reported it already).
 */
function parseSlice(
  tokens: TokenStream,
  start: number,
  end: number,
): { items: (HclAttribute | HclBlock)[]; diagnostics: RawDiagnostic[] } {
  const p = new ParserState(tokens, start, end);
  try {
    return { items: parseBody(p, T.Eof, start).items, diagnostics: p.diagnostics };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { items: [], diagnostics: p.diagnostics };
  }
}

function tokenIndexAt(tokens: TokenStream, offset: number): number {
  let lo = 0;
  let hi = tokens.count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens.starts[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function findBlockHeaders(tokens: TokenStream): number[] {
  const { kinds, starts, text, count } = tokens;
  const headers: number[] = [];
  for (let i = 0; i < count; i++) {
    if (kinds[i] !== T.Ident) continue;
    const start = starts[i] as number;
    if (start !== 0 && text.charCodeAt(start - 1) !== 10) continue;
    // type (label)* {   all on one line
    let j = i + 1;
    let ok = false;
    for (; j < count; j++) {
      const k = kinds[j] as number;
      if (k === T.Spaces || k === T.Ident || k === T.QuotedLit || k === T.OQuote || k === T.CQuote)
        continue;
      ok = k === T.OBrace;
      break;
    }
    if (ok) headers.push(i);
  }
  return headers;
}

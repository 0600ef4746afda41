import { parseHcl } from './parse-hcl.ts';
import { formatTokens, type FormatToken } from './format-tokens.ts';
import { T } from './token-kind.ts';
import { encodeString } from './encode-value.ts';
import type { HclBody, HclFile } from './types.ts';

/**
 * Formats HCL source exactly like `terraform fmt` (Terraform 1.x): hclwrite's canonical layout
 * (two-space indentation by nesting, spacing around operators, `=` and trailing comments aligned
 * across consecutive lines) plus Terraform's rewrites: interpolation-only strings `"${x}"` become
 * `x`, block labels are always quoted, and legacy `type = "string"` / bare `list` in `variable`
 * blocks are modernised. Like terraform, a file with syntax errors is returned unchanged (check
 * `parseHcl(text).diagnostics` first). Never throws.
 */
export function formatHcl(text: string): string {
  const parsed = parseHcl(text);
  if (parsed.diagnostics.length > 0) return text;
  const tokens = toFormatTokens(parsed.file);
  formatTokens(tokens);
  let out = '';
  for (const t of tokens) out += (t.spacesBefore > 0 ? ' '.repeat(t.spacesBefore) : '') + t.text;
  // hclwrite leaves the whitespace before the end of the file alone. (`terraform fmt -` on stdin
  // also ends its output with a newline; files are written without adding one.)
  return out + ' '.repeat(trailingGap(parsed.file));
}

function trailingGap(file: HclFile): number {
  const { kinds, starts, ends, count } = file.tokens;
  let gap = 0;
  for (let i = count - 2; i >= 0; i--) {
    const kind = kinds[i] as number;
    if (kind === T.Spaces) gap += (ends[i] as number) - (starts[i] as number);
    else if (kind === T.Bom)
      gap += 3; // HCL counts the UTF-8 byte order mark's three bytes
    else break;
  }
  return gap;
}

interface Replacement {
  from: number;
  to: number;
  tokens: FormatToken[];
}

function toFormatTokens(file: HclFile): FormatToken[] {
  const { kinds, starts, ends, count, text } = file.tokens;
  const replacements: Replacement[] = [];
  collectRewrites(file, file.body, [], replacements);
  replacements.sort((a, b) => a.from - b.from);
  const out: FormatToken[] = [];
  let r = 0;
  for (let i = 0; i < count; i++) {
    const next = replacements[r];
    if (next && next.from === i) {
      out.push(...next.tokens);
      i = next.to - 1;
      r++;
      continue;
    }
    const kind = kinds[i] as number;
    if (kind === T.Spaces || kind === T.Bom || kind === T.Eof) continue;
    out.push({ kind, text: text.slice(starts[i] as number, ends[i] as number), spacesBefore: 0 });
  }
  return out;
}

/** Index of the first token starting at or after `offset`. */
function tokenAt(file: HclFile, offset: number): number {
  const starts = file.tokens.starts;
  let lo = 0;
  let hi = file.tokens.count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function significant(file: HclFile, from: number, to: number): number[] {
  const result: number[] = [];
  for (let i = from; i < to; i++) {
    const k = file.tokens.kinds[i] as number;
    if (k !== T.Spaces && k !== T.Bom) result.push(i);
  }
  return result;
}

function tok(file: HclFile, i: number): FormatToken {
  const { kinds, starts, ends, text } = file.tokens;
  return {
    kind: kinds[i] as number,
    text: text.slice(starts[i] as number, ends[i] as number),
    spacesBefore: 0,
  };
}

function collectRewrites(
  file: HclFile,
  body: HclBody,
  inBlocks: string[],
  out: Replacement[],
): void {
  for (const item of body.items) {
    if (item.kind === 'attribute') {
      const from = tokenAt(file, item.expression.start);
      const to = tokenAt(file, item.expression.end);
      const indexes = significant(file, from, to);
      const tokens = indexes.map((i) => tok(file, i));
      const isVariableType =
        inBlocks.length === 1 && inBlocks[0] === 'variable' && item.name === 'type';
      const rewritten = isVariableType
        ? formatTypeExpression(tokens)
        : formatValueExpression(tokens);
      if (rewritten !== tokens) out.push({ from, to, tokens: rewritten });
      continue;
    }
    if (item.labels.length > 0) {
      const first = item.labels[0];
      const last = item.labels[item.labels.length - 1];
      if (first && last) {
        const from = tokenAt(file, first.start);
        const to = tokenAt(file, last.end);
        const tokens: FormatToken[] = [];
        for (const label of item.labels) {
          // hclwrite keeps only labels it can read back: an identifier, `""`, or one literal token.
          if (label.isQuoted) {
            const inner = significant(file, tokenAt(file, label.start), tokenAt(file, label.end));
            const isSimple =
              inner.length === 2 ||
              (inner.length === 3 && file.tokens.kinds[inner[1] as number] === T.QuotedLit);
            if (!isSimple) continue;
          }
          tokens.push({ kind: T.OQuote, text: '"', spacesBefore: 0 });
          if (label.value.length > 0)
            tokens.push({ kind: T.QuotedLit, text: escapeQuoted(label.value), spacesBefore: 0 });
          tokens.push({ kind: T.CQuote, text: '"', spacesBefore: 0 });
        }
        out.push({ from, to, tokens });
      }
    }
    collectRewrites(file, item.body, [...inBlocks, item.type], out);
  }
}

/** hclwrite escapeQuotedStringLit: the text between the quotes. */
function escapeQuoted(value: string): string {
  return encodeString(value).slice(1, -1);
}

/** terraform fmt `formatValueExpr`: unwrap `"${ expr }"` to `expr`. */
function formatValueExpression(tokens: FormatToken[]): FormatToken[] {
  if (tokens.length < 5) return tokens;
  const first = tokens[0] as FormatToken;
  const second = tokens[1] as FormatToken;
  const beforeLast = tokens[tokens.length - 2] as FormatToken;
  const last = tokens[tokens.length - 1] as FormatToken;
  if (
    first.kind !== T.OQuote ||
    second.kind !== T.TemplateInterp ||
    beforeLast.kind !== T.TemplateSeqEnd ||
    last.kind !== T.CQuote
  )
    return tokens;
  const inside = tokens.slice(2, tokens.length - 2);
  let quotes = 0;
  for (const t of inside) {
    if (t.kind === T.OQuote) {
      quotes++;
      continue;
    }
    if (t.kind === T.CQuote) {
      quotes--;
      continue;
    }
    if (quotes > 0) continue;
    if (t.kind === T.TemplateInterp || t.kind === T.TemplateSeqEnd || t.kind === T.QuotedLit)
      return tokens;
  }
  let start = 0;
  let end = inside.length;
  while (start < end && (inside[start] as FormatToken).kind === T.Newline) start++;
  while (end > start && (inside[end - 1] as FormatToken).kind === T.Newline) end--;
  const trimmed = inside.slice(start, end);
  let isMultiLine = false;
  let hasLeadingParen = false;
  let hasTrailingParen = false;
  trimmed.forEach((t, i) => {
    if (i === 0 && t.kind === T.OParen) hasLeadingParen = true;
    else if (t.kind === T.Newline) isMultiLine = true;
    else if (i === trimmed.length - 1 && t.kind === T.CParen) hasTrailingParen = true;
  });
  if (isMultiLine && !(hasLeadingParen && hasTrailingParen)) {
    return [
      { kind: T.OParen, text: '(', spacesBefore: 0 },
      ...trimmed,
      { kind: T.CParen, text: ')', spacesBefore: 0 },
    ];
  }
  return trimmed;
}

/** terraform fmt `formatTypeExpr` for `variable { type = … }`. */
function formatTypeExpression(tokens: FormatToken[]): FormatToken[] {
  const ident = (text: string): FormatToken => ({ kind: T.Ident, text, spacesBefore: 0 });
  const call = (name: string, arg: string): FormatToken[] => [
    ident(name),
    { kind: T.OParen, text: '(', spacesBefore: 0 },
    ident(arg),
    { kind: T.CParen, text: ')', spacesBefore: 0 },
  ];
  if (tokens.length === 1) {
    const only = tokens[0] as FormatToken;
    if (
      only.kind === T.Ident &&
      (only.text === 'list' || only.text === 'map' || only.text === 'set')
    )
      return call(only.text, 'any');
    return tokens;
  }
  if (tokens.length === 3) {
    const [o, s, c] = tokens as [FormatToken, FormatToken, FormatToken];
    if (o.kind !== T.OQuote || s.kind !== T.QuotedLit || c.kind !== T.CQuote) return tokens;
    if (s.text === 'string') return [ident('string')];
    if (s.text === 'list' || s.text === 'map') return call(s.text, 'string');
  }
  return tokens;
}

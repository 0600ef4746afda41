import { lexHcl, type TokenStream } from './lex-hcl.ts';
import { T } from './token-kind.ts';
import type { TextEdit } from './types.ts';

interface Context {
  kind: 'block' | 'object' | 'other' | 'template';
  /** For `name = {` objects: the end offset of `name` and the offset of `{`. */
  nameEnd: number;
  openBrace: number;
  hasBlock: boolean;
}

/**
 * Computes the edits that upgrade Terraform 0.11 (HCL1) syntax to HCL2, like
 * `terraform 0.12upgrade` did for the constructs Rampart meets in old repositories:
 * - `name = { … }` objects that contain blocks (`network = { listening_ports { … } }`) become
 *   nested blocks `name { … }`, recursively (an object that contains such an object too);
 * - strings that are only one interpolation, `"${x}"`, become the bare expression `x`
 *   (parenthesised when it spans lines), except in object keys where that would change meaning.
 * Works on files HCL2 rejects (it only needs the tokens). Returns non-overlapping edits in
 * source order (apply with applyTextEdits); none when there is nothing to upgrade. Never throws.
 */
export function upgradeLegacySyntax(text: string): TextEdit[] {
  const tokens = lexHcl(text);
  const sig = significantTokens(tokens);
  const edits: TextEdit[] = [...blockEdits(tokens, sig), ...interpolationEdits(tokens, sig)];
  edits.sort((a, b) => a.range.start - b.range.start);
  return edits;
}

function significantTokens(tokens: TokenStream): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.count - 1; i++) {
    const k = tokens.kinds[i] as number;
    if (k !== T.Spaces && k !== T.Bom) out.push(i);
  }
  return out;
}

function isLineBreak(tokens: TokenStream, i: number): boolean {
  const k = tokens.kinds[i] as number;
  if (k === T.Newline) return true;
  return k === T.Comment && tokens.text.charCodeAt((tokens.ends[i] as number) - 1) === 10;
}

function blockEdits(tokens: TokenStream, sig: number[]): TextEdit[] {
  const { kinds, starts, ends } = tokens;
  const kindOf = (n: number): number =>
    n >= 0 && n < sig.length ? (kinds[sig[n] as number] as number) : T.Eof;
  const edits: TextEdit[] = [];
  const stack: Context[] = [{ kind: 'block', nameEnd: -1, openBrace: -1, hasBlock: false }];
  let itemStart = true;
  for (let n = 0; n < sig.length; n++) {
    const i = sig[n] as number;
    const kind = kinds[i] as number;
    const top = stack[stack.length - 1] as Context;
    if (isLineBreak(tokens, i)) {
      itemStart = true;
      continue;
    }
    const wasItemStart = itemStart;
    itemStart = false;
    switch (kind) {
      case T.Ident: {
        // `ident (ident | "label")* {` at the start of an item inside an object: an HCL1 block.
        if (!wasItemStart || (top.kind !== 'object' && top.kind !== 'block')) break;
        let m = n + 1;
        for (;;) {
          const k = kindOf(m);
          if (k === T.Ident) m++;
          else if (k === T.OQuote && kindOf(m + 1) === T.QuotedLit && kindOf(m + 2) === T.CQuote)
            m += 3;
          else if (k === T.OQuote && kindOf(m + 1) === T.CQuote) m += 2;
          else break;
        }
        if (kindOf(m) === T.OBrace) {
          if (top.kind === 'object') top.hasBlock = true;
          stack.push({
            kind: 'block',
            nameEnd: -1,
            openBrace: starts[sig[m] as number] as number,
            hasBlock: false,
          });
          n = m;
          itemStart = true;
        }
        break;
      }
      case T.OBrace: {
        const prev = kindOf(n - 1);
        const beforePrev = kindOf(n - 2);
        const isNamed =
          (prev === T.Equal || prev === T.Colon) &&
          beforePrev === T.Ident &&
          (top.kind === 'block' || top.kind === 'object');
        stack.push({
          kind: 'object',
          nameEnd: isNamed ? (ends[sig[n - 2] as number] as number) : -1,
          openBrace: starts[i] as number,
          hasBlock: false,
        });
        itemStart = true;
        break;
      }
      case T.CBrace: {
        const closed = stack.length > 1 ? (stack.pop() as Context) : top;
        if (closed.kind === 'object' && closed.hasBlock && closed.nameEnd >= 0) {
          edits.push({ range: { start: closed.nameEnd, end: closed.openBrace }, newText: ' ' });
          const parent = stack[stack.length - 1];
          if (parent && parent.kind === 'object') parent.hasBlock = true;
        }
        break;
      }
      case T.OBrack:
      case T.OParen:
        stack.push({ kind: 'other', nameEnd: -1, openBrace: -1, hasBlock: false });
        break;
      case T.TemplateInterp:
      case T.TemplateControl:
        stack.push({ kind: 'template', nameEnd: -1, openBrace: -1, hasBlock: false });
        break;
      case T.CBrack:
      case T.CParen:
      case T.TemplateSeqEnd:
        if (stack.length > 1) stack.pop();
        break;
      case T.Comma:
        itemStart = true;
        break;
      default:
        break;
    }
  }
  return edits;
}

function interpolationEdits(tokens: TokenStream, sig: number[]): TextEdit[] {
  const { kinds, starts, ends, text } = tokens;
  const kindOf = (n: number): number =>
    n >= 0 && n < sig.length ? (kinds[sig[n] as number] as number) : T.Eof;
  const edits: TextEdit[] = [];
  let coveredUntil = -1;
  for (let n = 0; n < sig.length; n++) {
    if (kindOf(n) !== T.OQuote || kindOf(n + 1) !== T.TemplateInterp) continue;
    // Find the matching close quote, tracking nested strings.
    let depth = 0;
    let close = -1;
    for (let m = n + 1; m < sig.length; m++) {
      const k = kindOf(m);
      if (k === T.OQuote) depth++;
      else if (k === T.CQuote) {
        if (depth === 0) {
          close = m;
          break;
        }
        depth--;
      }
    }
    if (close < 0 || kindOf(close - 1) !== T.TemplateSeqEnd || close - 1 <= n + 2) continue;
    const open = sig[n] as number;
    if ((starts[open] as number) < coveredUntil) continue;
    // Only one interpolation and no literal text at this quote level (terraform fmt's rule).
    let quotes = 0;
    let isSingle = true;
    for (let m = n + 2; m < close - 1; m++) {
      const k = kindOf(m);
      if (k === T.OQuote) quotes++;
      else if (k === T.CQuote) quotes--;
      else if (
        quotes === 0 &&
        (k === T.TemplateInterp || k === T.TemplateSeqEnd || k === T.QuotedLit)
      ) {
        isSingle = false;
        break;
      }
    }
    if (!isSingle) continue;
    const next = kindOf(close + 1);
    if (next === T.Equal || next === T.Colon) continue; // an object key: `"${k}" = v` ≠ `k = v`
    const prev = kindOf(n - 1);
    if (prev === T.Ident || prev === T.CQuote) continue; // a block label, not an expression
    const innerStart = ends[sig[n + 1] as number] as number;
    const innerEnd = starts[sig[close - 1] as number] as number;
    const inner = text.slice(innerStart, innerEnd).trim();
    const isMultiLine = inner.includes('\n');
    const newText =
      isMultiLine && !(inner.startsWith('(') && inner.endsWith(')')) ? `(${inner})` : inner;
    const end = ends[sig[close] as number] as number;
    edits.push({ range: { start: starts[open] as number, end }, newText });
    coveredUntil = end;
  }
  return edits;
}

import { T } from './token-kind.ts';

/** A token as the formatter sees it: kind, text, and the spaces to print before it. */
export interface FormatToken {
  kind: number;
  text: string;
  spacesBefore: number;
}

interface FormatLine {
  lead: FormatToken[];
  assign: FormatToken[] | null;
  comment: FormatToken[] | null;
}

const SEGMENTER = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter() : null;

function columnsOf(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 128) {
      if (SEGMENTER) {
        let n = 0;
        for (const _ of SEGMENTER.segment(text)) n++;
        return n;
      }
      return [...text].length;
    }
  }
  return text.length;
}

function columns(tokens: FormatToken[]): number {
  let n = 0;
  for (const t of tokens) n += t.spacesBefore + columnsOf(t.text);
  return n;
}

function isNewline(t: FormatToken): boolean {
  return t.kind === T.Newline || (t.kind === T.Comment && t.text.endsWith('\n'));
}

function bracketChange(t: FormatToken): number {
  switch (t.kind) {
    case T.OBrace:
    case T.OBrack:
    case T.OParen:
    case T.TemplateControl:
    case T.TemplateInterp:
      return 1;
    case T.CBrace:
    case T.CBrack:
    case T.CParen:
    case T.TemplateSeqEnd:
      return -1;
    default:
      return 0;
  }
}

/**
 * Sets `spacesBefore` on every token the way hclwrite's `format` does (hclwrite/format.go):
 * indentation by bracket nesting, canonical spacing between tokens, alignment of `=` across
 * consecutive attribute lines and of trailing comments. Mutates `tokens`; never throws.
 */
export function formatTokens(tokens: FormatToken[]): void {
  const lines = linesForFormat(tokens);
  formatIndent(lines);
  formatSpaces(lines);
  formatCells(lines);
}

function linesForFormat(tokens: FormatToken[]): FormatLine[] {
  const lines: FormatLine[] = [];
  let lineStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (isNewline(tokens[i] as FormatToken)) {
      lines.push({ lead: tokens.slice(lineStart, i + 1), assign: null, comment: null });
      lineStart = i + 1;
    }
  }
  lines.push({ lead: tokens.slice(lineStart), assign: null, comment: null });
  for (const line of lines) {
    const lead = line.lead;
    if (lead.length === 0) continue;
    if (lead.length > 1 && (lead[lead.length - 1] as FormatToken).kind === T.Comment) {
      line.comment = lead.slice(lead.length - 1);
      line.lead = lead.slice(0, lead.length - 1);
    }
    for (let i = 1; i < line.lead.length; i++) {
      if ((line.lead[i] as FormatToken).kind !== T.Equal) continue;
      let net = 0;
      for (let j = i; j < line.lead.length; j++) net += bracketChange(line.lead[j] as FormatToken);
      if (net === 0) {
        line.assign = line.lead.slice(i);
        line.lead = line.lead.slice(0, i);
      }
      break;
    }
  }
  return lines;
}

function formatIndent(lines: FormatLine[]): void {
  const indents: number[] = [];
  for (const line of lines) {
    const first = line.lead[0];
    if (!first) continue;
    if (first.kind === T.Newline) {
      first.spacesBefore = 0;
      continue;
    }
    let net = 0;
    for (const t of line.lead) {
      net += bracketChange(t);
      if (t.kind === T.OHeredoc) break;
    }
    for (const t of line.assign ?? []) net += bracketChange(t);
    if (net > 0) {
      first.spacesBefore = 2 * indents.length;
      indents.push(net);
    } else if (net < 0) {
      let closed = -net;
      while (closed > 0 && indents.length > 0) {
        const top = indents[indents.length - 1] as number;
        if (closed > top) {
          closed -= top;
          indents.pop();
        } else if (closed < top) {
          indents[indents.length - 1] = top - closed;
          closed = 0;
        } else {
          indents.pop();
          closed = 0;
        }
      }
      first.spacesBefore = 2 * indents.length;
    } else first.spacesBefore = 2 * indents.length;
  }
}

const NIL: FormatToken = { kind: T.Nil, text: '', spacesBefore: 0 };

function formatSpaces(lines: FormatLine[]): void {
  for (const line of lines) {
    spaceRun(line.lead, false);
    if (line.assign) spaceRun(line.assign, true);
  }
}

function spaceRun(run: FormatToken[], isAssign: boolean): void {
  for (let i = 0; i < run.length; i++) {
    const token = run[i] as FormatToken;
    if (isAssign && i === 0) token.spacesBefore = 1;
    const before = i > 0 ? (run[i - 1] as FormatToken) : NIL;
    const after = run[i + 1];
    if (!after) continue;
    after.spacesBefore = spaceAfterToken(token, before, after) ? 1 : 0;
  }
}

function formatCells(lines: FormatLine[]): void {
  let chainStart = -1;
  let maxColumns = 0;
  const closeAssign = (end: number): void => {
    for (let i = chainStart; i < end; i++) {
      const line = lines[i] as FormatLine;
      const assign = line.assign as FormatToken[];
      (assign[0] as FormatToken).spacesBefore = maxColumns - columns(line.lead) + 1;
    }
    chainStart = -1;
    maxColumns = 0;
  };
  lines.forEach((line, i) => {
    if (line.assign === null) {
      if (chainStart !== -1) closeAssign(i);
    } else {
      if (chainStart === -1) chainStart = i;
      maxColumns = Math.max(maxColumns, columns(line.lead));
    }
  });
  if (chainStart !== -1) closeAssign(lines.length);
  const closeComment = (end: number): void => {
    for (let i = chainStart; i < end; i++) {
      const line = lines[i] as FormatLine;
      const comment = line.comment as FormatToken[];
      (comment[0] as FormatToken).spacesBefore =
        maxColumns - (columns(line.lead) + columns(line.assign ?? [])) + 1;
    }
    chainStart = -1;
    maxColumns = 0;
  };
  lines.forEach((line, i) => {
    if (line.comment === null) {
      if (chainStart !== -1) closeComment(i);
    } else {
      if (chainStart === -1) chainStart = i;
      maxColumns = Math.max(maxColumns, columns(line.lead) + columns(line.assign ?? []));
    }
  });
  if (chainStart !== -1) closeComment(lines.length);
}

function spaceAfterToken(subject: FormatToken, before: FormatToken, after: FormatToken): boolean {
  const s = subject.kind;
  const a = after.kind;
  if (a === T.Newline || a === T.Nil) return false;
  if (s === T.Ident && a === T.OParen) return false;
  if ((s === T.Ident && a === T.DoubleColon) || (s === T.DoubleColon && a === T.Ident))
    return false;
  if (s === T.Dot || a === T.Dot) return false;
  if (a === T.Comma || a === T.Ellipsis) return false;
  if (s === T.Comma) return true;
  if (
    s === T.QuotedLit ||
    s === T.StringLit ||
    s === T.OQuote ||
    s === T.OHeredoc ||
    a === T.QuotedLit ||
    a === T.StringLit ||
    a === T.CQuote ||
    a === T.CHeredoc
  )
    return false;
  if (s === T.Ident && subject.text === 'in' && before.kind === T.Ident) return true;
  if (a === T.OBrack && (s === T.Ident || s === T.Number || bracketChange(subject) < 0))
    return false;
  if (s === T.Bang) return false;
  if (s === T.Minus) {
    switch (before.kind) {
      case T.Nil:
      case T.OParen:
      case T.OBrace:
      case T.OBrack:
      case T.Equal:
      case T.Colon:
      case T.Comma:
      case T.Question:
      case T.Plus:
      case T.Star:
      case T.Slash:
      case T.Percent:
      case T.Minus:
      case T.EqualOp:
      case T.NotEqual:
      case T.Gt:
      case T.Ge:
      case T.Lt:
      case T.Le:
      case T.And:
      case T.Or:
      case T.Bang:
        return false;
      default:
        return true;
    }
  }
  if (s === T.OBrace || a === T.CBrace) return !(s === T.OBrace && a === T.CBrace);
  if ((s === T.TemplateInterp || s === T.TemplateControl) && a === T.OBrace) return true;
  if (s === T.CBrace && a === T.TemplateSeqEnd) return true;
  if (s === T.TemplateSeqEnd && (a === T.TemplateInterp || a === T.TemplateControl)) return false;
  if (bracketChange(subject) > 0) return false;
  if (bracketChange(after) < 0) return false;
  return true;
}

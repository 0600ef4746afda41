import type { ParserState } from './parser-state.ts';
import { parseExpression } from './parse-expression.ts';
import { parseTemplateDirective } from './parse-template-directive.ts';
import { decodeStringToken } from './decode-string-token.ts';
import { T } from './token-kind.ts';
import { HeredocInfo, QuotedLiteralTemplateNode, TemplateNode } from './cst-nodes.ts';
import type { HclTemplate, HclTemplatePart } from './types.ts';
import {
  flushHeredoc,
  meld,
  parsePart,
  toNfc,
  trimLeftSpace,
  trimRightSpace,
  type Piece,
} from './build-template-parts.ts';

/**
 * Parses a quoted template or heredoc starting at the cursor (`"` or `<<EOT`), a port of
 * hclsyntax parser_template.go: template pieces, strip markers (`~`), `<<-` indentation
 * flushing, melding of adjacent literals, then `%{if}`/`%{for}` nesting. Never throws.
 */
export function parseTemplateExpression(p: ParserState): HclTemplate {
  const open = p.read();
  // Fast path for the common `"literal"` and `""`: no pieces to trim, flush or meld.
  if (p.kindAt(open) === (12 satisfies typeof T.OQuote)) {
    const next = p.index;
    const nextKind = p.kindAt(next);
    if (nextKind === (13 satisfies typeof T.CQuote) && next < p.limit) {
      p.read();
      const at = p.endAt(next);
      return new QuotedLiteralTemplateNode(p.startAt(open), at, at, at, '');
    }
    if (
      nextKind === (41 satisfies typeof T.QuotedLit) &&
      p.kindAt(next + 1) === (13 satisfies typeof T.CQuote) &&
      next + 1 < p.limit
    ) {
      const value = decodeStringToken(p, next, true);
      p.read();
      p.read();
      return new QuotedLiteralTemplateNode(
        p.startAt(open),
        p.endAt(next + 1),
        p.startAt(next),
        p.endAt(next),
        p.isAscii ? value : toNfc(value),
      );
    }
  }
  const isHeredoc = p.kindAt(open) === (14 satisfies typeof T.OHeredoc);
  const openText = p.textAt(open);
  const isFlush = isHeredoc && openText.charCodeAt(2) === 45;
  const pieces = parsePieces(
    p,
    isHeredoc ? (15 satisfies typeof T.CHeredoc) : (13 satisfies typeof T.CQuote),
    isHeredoc,
  );
  if (isFlush) flushHeredoc(pieces);
  meld(pieces);
  const isWrap = pieces.length === 2 && pieces[0]?.t === 'interp';
  const cursor = { i: 0 };
  const partsMark = p.childMark();
  for (;;) {
    const piece = pieces[cursor.i] as Piece;
    if (piece.t === 'end') break;
    p.pushChild(parsePart(p, pieces, cursor));
  }
  const parts = p.takeChildren<HclTemplatePart>(partsMark);
  const heredoc = isHeredoc
    ? new HeredocInfo(openText.slice(isFlush ? 3 : 2).trim(), isFlush)
    : null;
  return new TemplateNode(p.startAt(open), p.endAt(p.prev), parts, isWrap, heredoc);
}

function parsePieces(p: ParserState, end: number, isHeredoc: boolean): Piece[] {
  const pieces: Piece[] = [];
  const startTok = p.peek();
  const startRangeStart = p.startAt(startTok);
  const startRangeEnd = p.endAt(startTok);
  let ltrimNext = false;
  let nextCanTrimPrev = false;
  let endStart = 0;
  let endEnd = 0;
  for (;;) {
    const next = p.read();
    const kind = p.effectiveKind(next);
    if (kind === end) {
      endStart = p.startAt(next);
      endEnd = p.endAt(next);
      break;
    }
    const ltrim = ltrimNext;
    ltrimNext = false;
    const canTrimPrev = nextCanTrimPrev;
    nextCanTrimPrev = false;
    if (kind === (42 satisfies typeof T.StringLit) || kind === (41 satisfies typeof T.QuotedLit)) {
      let value = decodeStringToken(p, next, kind === (41 satisfies typeof T.QuotedLit));
      if (ltrim) value = trimLeftSpace(value);
      pieces.push({ t: 'lit', value, start: p.startAt(next), end: p.endAt(next) });
      nextCanTrimPrev = true;
      continue;
    }
    if (
      kind === (38 satisfies typeof T.TemplateInterp) ||
      kind === (39 satisfies typeof T.TemplateControl)
    ) {
      const hasTilde = p.endAt(next) - p.startAt(next) === 3;
      if (canTrimPrev && hasTilde && pieces.length > 0) {
        const prev = pieces[pieces.length - 1] as Piece;
        if (prev.t === 'lit') prev.value = trimRightSpace(prev.value);
      }
      p.pushNewlines(false);
      if (kind === (38 satisfies typeof T.TemplateInterp)) {
        const expression = parseExpression(p);
        const close = p.peek();
        const closeKind = p.peekKind();
        if (closeKind !== (40 satisfies typeof T.TemplateSeqEnd)) {
          if (!p.recovery)
            reportInterpolationEnd(p, close, closeKind, end, startRangeStart, startRangeEnd);
          p.recover(40 satisfies typeof T.TemplateSeqEnd);
        } else {
          p.read();
          if (p.endAt(close) - p.startAt(close) === 2) ltrimNext = true;
        }
        p.popNewlines();
        pieces.push({ t: 'interp', expression, start: p.startAt(next), end: p.endAt(close) });
        continue;
      }
      ltrimNext = parseTemplateDirective(p, next, pieces);
      continue;
    }
    if (!p.recovery) {
      p.error(
        'unterminated-template',
        'Unterminated template string',
        'No closing marker was found for the string.',
        p.startAt(next),
        p.endAt(next),
      );
    }
    const final = p.recover(end);
    endStart = p.startAt(final);
    endEnd = p.endAt(final);
    break;
  }
  if (pieces.length === 0)
    pieces.push({ t: 'lit', value: '', start: startRangeEnd, end: startRangeEnd });
  pieces.push({ t: 'end', start: endStart, end: endEnd });
  void isHeredoc;
  return pieces;
}

// Reports what follows an interpolation's expression when it is not the closing brace.
function reportInterpolationEnd(
  p: ParserState,
  close: number,
  closeKind: number,
  end: number,
  startRangeStart: number,
  startRangeEnd: number,
): void {
  if (closeKind === (52 satisfies typeof T.Eof)) {
    p.error(
      'unclosed-interpolation',
      'Unclosed template interpolation sequence',
      'There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.',
      startRangeStart,
      startRangeEnd,
    );
  } else if (closeKind === (37 satisfies typeof T.Colon)) {
    p.error(
      'extra-characters',
      'Extra characters after interpolation expression',
      'Template interpolation doesn\'t expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with "$${" instead of just "${".',
      p.startAt(close),
      p.endAt(close),
    );
  } else if (
    (closeKind === (13 satisfies typeof T.CQuote) ||
      closeKind === (12 satisfies typeof T.OQuote)) &&
    end === (13 satisfies typeof T.CQuote)
  ) {
    p.error(
      'unclosed-interpolation',
      'Unclosed template interpolation sequence',
      'There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.',
      startRangeStart,
      startRangeEnd,
    );
  } else {
    p.error(
      'extra-characters',
      'Extra characters after interpolation expression',
      'Expected a closing brace to end the interpolation expression, but found extra characters.\n\nThis can happen when you include interpolation syntax for another language, such as shell scripting, but forget to escape the interpolation start token. If this is an embedded sequence for another language, escape it by starting with "$${" instead of just "${".',
      p.startAt(close),
      p.endAt(close),
    );
  }
}

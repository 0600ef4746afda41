import type { ParserState } from './parser-state.ts';
import { parseExpression } from './parse-expression.ts';
import { finishBlock } from './parse-block.ts';
import { lineStartOf } from './line-start-of.ts';
import { T } from './token-kind.ts';
import type { HclAttribute, HclBlock, HclBody } from './types.ts';
import { AttributeNode, BodyNode } from './cst-nodes.ts';

/**
 * Parses body items until the `end` token ((52 satisfies typeof T.Eof) for a file, (7 satisfies typeof T.CBrace) for a block), a port of
 * hclsyntax `ParseBody` including its diagnostics and recovery. Duplicate attribute names are
 * reported ("Attribute redefined") but kept in `items`. Never throws.
 */
export function parseBody(p: ParserState, end: number, openTok: number): HclBody {
  const mark = p.childMark();
  // Most bodies are small: find duplicates by scanning, and switch to a map past a few items.
  let seen: Map<string, HclAttribute> | null = null;
  const start = p.startAt(openTok);
  let bodyEnd = start;
  for (;;) {
    const next = p.peek();
    const kind = p.peekKind();
    if (kind === end) {
      bodyEnd = p.endAt(next);
      p.read();
      break;
    }
    if (kind === (3 satisfies typeof T.Newline)) {
      p.read();
      continue;
    }
    if (kind === (4 satisfies typeof T.Ident)) {
      const item = parseBodyItem(p);
      if (!item) continue;
      if (item.kind === 'attribute') {
        let existing: HclAttribute | undefined;
        if (seen) existing = seen.get(item.name);
        else {
          const itemsEnd = p.childEnd();
          for (let j = mark; j < itemsEnd && !existing; j++) {
            const other = p.childAt(j) as HclAttribute | HclBlock;
            if (other.kind === 'attribute' && other.name === item.name) existing = other;
          }
          if (itemsEnd - mark >= 16) {
            seen = new Map();
            for (let j = mark; j < itemsEnd; j++) {
              const other = p.childAt(j) as HclAttribute | HclBlock;
              if (other.kind === 'attribute' && !seen.has(other.name)) seen.set(other.name, other);
            }
          }
        }
        if (existing) {
          p.error(
            'attribute-redefined',
            'Attribute redefined',
            `The argument "${item.name}" was already set at ${describe(p, existing.nameStart)}. Each argument may be set only once.`,
            item.nameStart,
            item.nameEnd,
          );
        } else seen?.set(item.name, item);
      }
      p.pushChild(item);
      continue;
    }
    const bad = p.read();
    if (!p.recovery) {
      if (kind === (12 satisfies typeof T.OQuote)) {
        p.error(
          'invalid-argument-name',
          'Invalid argument name',
          'Argument names must not be quoted.',
          p.startAt(bad),
          p.endAt(bad),
        );
      } else if (kind === (52 satisfies typeof T.Eof)) {
        if (end === (7 satisfies typeof T.CBrace)) {
          p.error(
            'unclosed-block',
            'Unclosed configuration block',
            'There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
            p.startAt(openTok),
            p.endAt(openTok),
          );
        } else {
          p.error(
            'unclosed-body',
            'Unclosed configuration body',
            'Found end of file before the end of this configuration body.',
            p.startAt(openTok),
            p.endAt(openTok),
          );
        }
      } else {
        p.error(
          'argument-or-block-required',
          'Argument or block definition required',
          'An argument or block definition is required here.',
          p.startAt(bad),
          p.endAt(bad),
        );
      }
    }
    bodyEnd = p.endAt(bad);
    p.recover(end);
    bodyEnd = Math.max(bodyEnd, p.endAt(p.prev));
    break;
  }
  return new BodyNode(start, bodyEnd, p.takeChildren(mark));
}

function describe(p: ParserState, offset: number): string {
  const starts = p.tokens.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return `${lo + 1}:${offset - (starts[lo] as number) + 1}`;
}

function parseBodyItem(p: ParserState): HclAttribute | HclBlock | null {
  const ident = p.read();
  const next = p.peek();
  const kind = p.peekKind();
  if (kind === (21 satisfies typeof T.Equal)) return finishAttribute(p, ident, false);
  if (
    kind === (12 satisfies typeof T.OQuote) ||
    kind === (6 satisfies typeof T.OBrace) ||
    kind === (4 satisfies typeof T.Ident)
  )
    return finishBlock(p, ident);
  void next;
  p.recoverAfterBodyItem();
  p.error(
    'argument-or-block-required',
    'Argument or block definition required',
    'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
    p.startAt(ident),
    p.endAt(ident),
  );
  return null;
}

/** Parses `= expression` and the newline after an attribute name (hclsyntax `finishParsingBodyAttribute`). */
export function finishAttribute(
  p: ParserState,
  ident: number,
  isSingleLine: boolean,
): HclAttribute {
  const eq = p.read();
  const errBefore = p.diagnostics.length;
  const expression = parseExpression(p);
  const err = p.diagnostics.length > errBefore;
  let lineEnd = expression.end;
  if (p.recovery && err) {
    p.recoverAfterBodyItem();
    lineEnd = p.endAt(p.prev);
  } else if (!isSingleLine) {
    const endTok = p.peek();
    const endKind = p.peekKind();
    if (endKind !== (3 satisfies typeof T.Newline) && endKind !== (52 satisfies typeof T.Eof)) {
      if (!p.recovery) {
        if (endKind === (32 satisfies typeof T.Comma)) {
          p.error(
            'unexpected-comma',
            'Unexpected comma after argument',
            'Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.',
            p.startAt(endTok),
            p.endAt(endTok),
          );
        } else {
          p.error(
            'missing-newline',
            'Missing newline after argument',
            'An argument definition must end with a newline.',
            p.startAt(endTok),
            p.endAt(endTok),
          );
        }
      }
      p.recoverAfterBodyItem();
      lineEnd = p.endAt(p.prev);
    } else {
      const nl = p.read();
      lineEnd = p.endAt(nl);
    }
  }
  const start = p.startAt(ident);
  const lineStart = lineStartOf(p.text, start);
  const equalsOffset = p.startAt(eq);
  return new AttributeNode(
    start,
    p.endAt(ident),
    p.textAt(ident),
    equalsOffset,
    equalsOffset - Math.max(lineStart, p.tokens.lineStarts[0] as number) + 1,
    expression,
    lineStart,
    lineEnd,
  );
}

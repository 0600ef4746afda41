import type { ParserState } from './parser-state.ts';
import { T } from './token-kind.ts';
import type { HclExpression } from './types.ts';
import { parseExpression } from './parse-expression.ts';
import {
  GetAttributeNode,
  IndexNode,
  InvalidNode,
  LiteralNode,
  SplatItemNode,
  SplatNode,
} from './cst-nodes.ts';

/**
 * Applies any traversal steps after `from` (hclsyntax `parseExpressionTraversals`): `.name`,
 * legacy `.0`, `.*` attribute-only splats, `[key]` and `[*]` full splats. Never throws.
 */
export function parseTraversals(p: ParserState, from: HclExpression): HclExpression {
  let ret = from;
  for (;;) {
    const kind = p.peekKind();
    if (kind === (31 satisfies typeof T.Dot)) {
      const dot = p.read();
      const attrTok = p.peek();
      const attrKind = p.peekKind();
      if (attrKind === (4 satisfies typeof T.Ident)) {
        p.read();
        ret = new GetAttributeNode(ret.start, p.endAt(attrTok), ret, p.textAt(attrTok));
      } else if (attrKind === (5 satisfies typeof T.Number)) {
        p.read();
        const raw = p.textAt(attrTok);
        const dotIdx = raw.indexOf('.');
        if (dotIdx >= 0) {
          p.error(
            'invalid-legacy-index',
            'Invalid legacy index syntax',
            `When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax instead, like [${raw.slice(0, dotIdx)}][${raw.slice(dotIdx + 1)}].`,
            p.startAt(attrTok),
            p.endAt(attrTok),
          );
        } else checkNumber(p, attrTok);
        const key: HclExpression = new LiteralNode(
          p.startAt(attrTok),
          p.endAt(attrTok),
          Number(raw),
          raw,
        );
        ret = new IndexNode(ret.start, p.endAt(attrTok), ret, key, true);
      } else if (attrKind === (16 satisfies typeof T.Star)) {
        const marker = p.read();
        const item: HclExpression = new SplatItemNode(p.startAt(dot), p.endAt(marker));
        let each: HclExpression = item;
        let lastEnd = p.endAt(marker);
        let broke = false;
        while (p.peekKind() === (31 satisfies typeof T.Dot)) {
          p.read();
          const next = p.peek();
          const nextKind = p.peekKind();
          if (nextKind === (5 satisfies typeof T.Number)) {
            p.read();
            const raw = p.textAt(next);
            const dotIdx = raw.indexOf('.');
            if (dotIdx >= 0) {
              p.error(
                'invalid-legacy-index',
                'Invalid legacy index syntax',
                `When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax with a full splat expression [*] instead, like [${raw.slice(0, dotIdx)}][${raw.slice(dotIdx + 1)}].`,
                p.startAt(attrTok),
                p.endAt(attrTok),
              );
            } else checkNumber(p, next);
            const key: HclExpression = new LiteralNode(
              p.startAt(next),
              p.endAt(next),
              Number(raw),
              raw,
            );
            each = new IndexNode(each.start, p.endAt(next), each, key, true);
            lastEnd = p.endAt(next);
            continue;
          }
          if (nextKind !== (4 satisfies typeof T.Ident)) {
            if (!p.recovery) {
              if (nextKind === (16 satisfies typeof T.Star)) {
                p.error(
                  'nested-splat',
                  'Nested splat expression not allowed',
                  'A splat expression (*) cannot be used inside another attribute-only splat expression.',
                  p.startAt(next),
                  p.endAt(next),
                );
              } else {
                p.error(
                  'invalid-attribute-name',
                  'Invalid attribute name',
                  'An attribute name is required after a dot.',
                  p.startAt(attrTok),
                  p.endAt(attrTok),
                );
              }
            }
            p.recovery = true;
            broke = true;
            break;
          }
          p.read();
          each = new GetAttributeNode(each.start, p.endAt(next), each, p.textAt(next));
          lastEnd = p.endAt(next);
        }
        ret = new SplatNode(from.start, lastEnd, ret, false, each);
        if (broke) continue;
      } else {
        p.error(
          'invalid-attribute-name',
          'Invalid attribute name',
          'An attribute name is required after a dot.',
          p.startAt(attrTok),
          p.endAt(attrTok),
        );
        ret = new InvalidNode(from.start, p.endAt(dot));
        p.recovery = true;
      }
      continue;
    }
    if (kind === (8 satisfies typeof T.OBrack)) {
      const open = p.read();
      if (p.peekKind() === (16 satisfies typeof T.Star)) {
        p.read();
        let close = p.read();
        if (p.kindAt(close) !== (9 satisfies typeof T.CBrack) && !p.recovery) {
          // HCL reports at the token recovery stops on (its Subject pointer aliases `close`).
          close = p.recover(9 satisfies typeof T.CBrack);
          p.error(
            'missing-close-bracket',
            'Missing close bracket on splat index',
            'The star for a full splat operator must be immediately followed by a closing bracket ("]").',
            p.startAt(close),
            p.endAt(close),
          );
        }
        const item: HclExpression = new SplatItemNode(p.startAt(open), p.endAt(close));
        const each = parseTraversals(p, item);
        ret = new SplatNode(from.start, each.end, ret, true, each);
        continue;
      }
      p.pushNewlines(false);
      const keyErrBefore = p.diagnostics.length;
      const key = parseExpression(p);
      const keyErr = p.diagnostics.length > keyErrBefore;
      let close: number;
      if (p.recovery && keyErr) {
        close = p.recover(9 satisfies typeof T.CBrack);
      } else {
        close = p.read();
        if (p.kindAt(close) !== (9 satisfies typeof T.CBrack) && !p.recovery) {
          // HCL reports at the token recovery stops on (its Subject pointer aliases `close`).
          close = p.recover(9 satisfies typeof T.CBrack);
          p.error(
            'missing-close-bracket',
            'Missing close bracket on index',
            'The index operator must end with a closing bracket ("]").',
            p.startAt(close),
            p.endAt(close),
          );
        }
      }
      p.popNewlines();
      ret = new IndexNode(from.start, p.endAt(close), ret, key, false);
      continue;
    }
    return ret;
  }
}

/** Reports a number literal HCL cannot read (like `1.2.3`). */
export function checkNumber(p: ParserState, tok: number): void {
  if (Number.isNaN(Number(p.textAt(tok)))) {
    p.error(
      'invalid-number',
      'Invalid number literal',
      'Failed to recognize the value of this number literal.',
      p.startAt(tok),
      p.endAt(tok),
    );
  }
}

import type { TConditionCursor } from './create-condition-cursor.ts';
import { parseConditionCheck } from './parse-condition-check.ts';
import {
  FIELD_TRANSFORMERS,
  parseFieldRemainder,
  parseTransformerRemainder,
} from './parse-condition-operand.ts';
import type { TConditionNode } from './types.ts';

/**
 * Parses an `or` expression at the cursor (libsinsp `parse_or`): `and` binds tighter than `or`,
 * `not` tighter than both. `first`, when given, is used as the first operand instead of parsing
 * one; an append fragment such as `and not x` is parsed that way. Throws ConditionSyntaxError.
 */
export function parseOrExpression(
  cursor: TConditionCursor,
  first?: TConditionNode,
): TConditionNode {
  cursor.enter();
  try {
    cursor.lexBlank();
    const children = [parseAndExpression(cursor, first)];
    cursor.lexBlank();
    while (cursor.lexString('or')) {
      children.push(parseOperandAfterKeyword(cursor, 'or', parseAndExpression));
      cursor.lexBlank();
    }
    return combine('or', children);
  } finally {
    cursor.depth--;
  }
}

function parseAndExpression(cursor: TConditionCursor, first?: TConditionNode): TConditionNode {
  cursor.enter();
  try {
    cursor.lexBlank();
    const children = [first ?? parseNotExpression(cursor)];
    cursor.lexBlank();
    while (cursor.lexString('and')) {
      children.push(parseOperandAfterKeyword(cursor, 'and', parseNotExpression));
      cursor.lexBlank();
    }
    return combine('and', children);
  } finally {
    cursor.depth--;
  }
}

// libsinsp: `and`/`or` must be followed by a blank or by `(`.
function parseOperandAfterKeyword(
  cursor: TConditionCursor,
  keyword: string,
  parseOperand: (cursor: TConditionCursor) => TConditionNode,
): TConditionNode {
  if (cursor.lexBlank()) return parseOperand(cursor);
  if (cursor.lexString('(')) return parseEmbeddedRemainder(cursor);
  return cursor.fail(`expected blank or '(' after '${keyword}'`);
}

function combine(kind: 'and' | 'or', children: TConditionNode[]): TConditionNode {
  const [head] = children;
  if (children.length === 1 && head) return head;
  return { kind, children, start: head?.start ?? 0, end: children[children.length - 1]?.end ?? 0 };
}

function parseNotExpression(cursor: TConditionCursor): TConditionNode {
  cursor.enter();
  try {
    cursor.lexBlank();
    const start = cursor.position;
    let isNot = false;
    while (cursor.lexPattern('notBlank')) isNot = !isNot;
    let child: TConditionNode;
    if (cursor.lexString('not(')) {
      isNot = !isNot;
      child = parseEmbeddedRemainder(cursor);
    } else {
      child = parseCheck(cursor);
    }
    return isNot ? { kind: 'not', child, start, end: cursor.tokenEnd } : child;
  } finally {
    cursor.depth--;
  }
}

function parseEmbeddedRemainder(cursor: TConditionCursor): TConditionNode {
  cursor.enter();
  try {
    cursor.lexBlank();
    const child = parseOrExpression(cursor);
    cursor.lexBlank();
    if (!cursor.lexString(')')) cursor.fail("expected a ')' token");
    return child;
  } finally {
    cursor.depth--;
  }
}

function parseCheck(cursor: TConditionCursor): TConditionNode {
  cursor.enter();
  try {
    cursor.lexBlank();
    const start = cursor.position;
    if (cursor.lexString('(')) return parseEmbeddedRemainder(cursor);
    if (cursor.lexPattern('fieldName')) {
      return parseConditionCheck(
        cursor,
        parseFieldRemainder(cursor, cursor.lastToken, start),
        start,
      );
    }
    if (cursor.lexStringList(FIELD_TRANSFORMERS)) {
      const name = cursor.lastToken.slice(0, -1);
      cursor.lexBlank();
      return parseConditionCheck(cursor, parseTransformerRemainder(cursor, name, start), start);
    }
    if (cursor.lexPattern('identifier'))
      return { kind: 'identifier', name: cursor.lastToken, start, end: cursor.tokenEnd };
    return cursor.fail("expected a '(' token, a field check, or an identifier");
  } finally {
    cursor.depth--;
  }
}

import type { TConditionCursor } from './create-condition-cursor.ts';
import {
  TRANSFORMER_NAMES,
  tryParseTransformerOrVal,
  valueNode,
} from './parse-condition-operand.ts';
import type { TCheckOperand, TCheckValue, TConditionNode, TListNode, TValueNode } from './types.ts';

// Operator tables of libsinsp (userspace/libsinsp/filter/parser.cpp); a trailing space means the
// operator needs a blank after it. Order matters: it is the order libsinsp tries them in.
const UNARY_OPERATORS = ['exists'];
const NUMBER_OPERATORS = ['<=', '<', '>=', '>'];
const STRING_OPERATORS = [
  '==',
  '=',
  '!=',
  'glob ',
  'iglob ',
  'contains ',
  'icontains ',
  'bcontains ',
  'startswith ',
  'bstartswith ',
  'endswith ',
  'regex ',
];
const STRING_OPERATOR_MODIFIERS = ['oneof ', 'anyof ', 'allof '];
const LIST_OPERATORS = ['intersects', 'in', 'pmatch'];

/** Every check operator, as libsinsp lists them in its "expected a valid check operator" message. */
export const CHECK_OPERATORS = [
  ...UNARY_OPERATORS,
  ...NUMBER_OPERATORS,
  ...STRING_OPERATORS,
  ...LIST_OPERATORS,
].map((operator) => operator.trim());

/**
 * Parses the operator and right-hand side of a check whose left operand was just parsed
 * (libsinsp `parse_condition`). Throws ConditionSyntaxError.
 */
export function parseConditionCheck(
  cursor: TConditionCursor,
  left: TCheckOperand,
  start: number,
): TConditionNode {
  cursor.enter();
  try {
    cursor.lexBlank();
    if (cursor.lexOperator(UNARY_OPERATORS)) {
      return {
        kind: 'unary',
        left,
        operator: cursor.lastToken.trim(),
        start,
        end: cursor.tokenEnd,
      };
    }
    cursor.lexBlank();
    let operator: string;
    let right: TCheckValue;
    if (cursor.lexOperator(NUMBER_OPERATORS)) {
      operator = cursor.lastToken;
      right = parseNumberValueOrTransformer(cursor);
    } else if (cursor.lexOperator(STRING_OPERATORS)) {
      operator = cursor.lastToken;
      // Word operators ate their blank already; symbol operators may be followed by one.
      const hasBlank = /^[a-z]/.test(operator) || cursor.lexBlank();
      const saved = {
        position: cursor.position,
        lastToken: cursor.lastToken,
        lastRaw: cursor.lastRaw,
        tokenEnd: cursor.tokenEnd,
      };
      if (
        hasBlank &&
        cursor.lexOperator(STRING_OPERATOR_MODIFIERS) &&
        listValueFollows(cursor) &&
        !booleanKeywordFollows(cursor)
      ) {
        operator = `${operator.trim()} ${cursor.lastToken.trim()}`;
        right = parseListValue(cursor);
      } else {
        Object.assign(cursor, saved);
        right = parseStringValueOrTransformer(cursor, false);
      }
    } else if (cursor.lexOperator(LIST_OPERATORS)) {
      operator = cursor.lastToken;
      right = parseListValueOrTransformer(cursor);
    } else {
      return cursor.fail(
        `expected a valid check operator: one of ${CHECK_OPERATORS.map((name) => `'${name}'`).join(', ')}`,
      );
    }
    return { kind: 'binary', left, operator: operator.trim(), right, start, end: cursor.tokenEnd };
  } finally {
    cursor.depth--;
  }
}

function listValueFollows(cursor: TConditionCursor): boolean {
  if (cursor.text[cursor.position] === '(') return true;
  return /^[a-zA-Z]/.test(cursor.text.slice(cursor.position, cursor.position + 1));
}

function booleanKeywordFollows(cursor: TConditionCursor): boolean {
  return /^(and|or|not)(?![a-zA-Z0-9])/.test(
    cursor.text.slice(cursor.position, cursor.position + 4),
  );
}

function parseNumberValueOrTransformer(cursor: TConditionCursor): TCheckValue {
  cursor.enter();
  try {
    cursor.lexBlank();
    const start = cursor.position;
    const transformer = tryParseTransformerOrVal(cursor);
    if (transformer) return transformer;
    if (cursor.lexPattern('hexNumber') || cursor.lexPattern('number'))
      return valueNode(cursor, start);
    return cursor.fail(
      `expected a number value or a field with a valid transformer: ${TRANSFORMER_NAMES}`,
    );
  } finally {
    cursor.depth--;
  }
}

function parseStringValueOrTransformer(
  cursor: TConditionCursor,
  isTransformerForbidden: boolean,
): TValueNode | TCheckValue {
  cursor.enter();
  try {
    cursor.lexBlank();
    const start = cursor.position;
    if (!isTransformerForbidden) {
      const transformer = tryParseTransformerOrVal(cursor);
      if (transformer) return transformer;
    }
    if (cursor.lexQuotedString() || cursor.lexPattern('bareString'))
      return valueNode(cursor, start);
    if (isTransformerForbidden) return cursor.fail('expected a string value');
    return cursor.fail(
      `expected a string value or a field with a valid transformer: ${TRANSFORMER_NAMES}`,
    );
  } finally {
    cursor.depth--;
  }
}

function parseListItem(cursor: TConditionCursor): TValueNode {
  return parseStringValueOrTransformer(cursor, true) as TValueNode;
}

function tryParseList(cursor: TConditionCursor): TListNode | undefined {
  const start = cursor.position;
  if (!cursor.lexString('(')) return undefined;
  const items: TValueNode[] = [];
  cursor.lexBlank();
  const beforeFirst = cursor.position;
  let first: TValueNode | undefined;
  try {
    first = parseListItem(cursor);
  } catch {
    // libsinsp: a list whose head is not a value must be empty.
    cursor.position = beforeFirst;
    cursor.lexBlank();
  }
  if (first) {
    items.push(first);
    cursor.lexBlank();
    while (cursor.lexString(',')) {
      items.push(parseListItem(cursor));
      cursor.lexBlank();
    }
  }
  if (!cursor.lexString(')')) cursor.fail("expected a ')' token");
  return { kind: 'list', items, start, end: cursor.tokenEnd };
}

function parseListValue(cursor: TConditionCursor): TCheckValue {
  cursor.enter();
  try {
    cursor.lexBlank();
    const start = cursor.position;
    const list = tryParseList(cursor);
    if (list) return list;
    if (cursor.lexPattern('identifier')) return valueNode(cursor, start);
    return cursor.fail('expected a list or an identifier');
  } finally {
    cursor.depth--;
  }
}

function parseListValueOrTransformer(cursor: TConditionCursor): TCheckValue {
  cursor.enter();
  try {
    cursor.lexBlank();
    const start = cursor.position;
    const list = tryParseList(cursor);
    if (list) return list;
    const transformer = tryParseTransformerOrVal(cursor);
    if (transformer) return transformer;
    if (cursor.lexPattern('identifier')) return valueNode(cursor, start);
    return cursor.fail(
      `expected a list, an identifier, or a field with a valid transformer: ${TRANSFORMER_NAMES}`,
    );
  } finally {
    cursor.depth--;
  }
}

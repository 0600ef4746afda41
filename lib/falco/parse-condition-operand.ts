import type { TConditionCursor } from './create-condition-cursor.ts';
import type {
  TFieldNode,
  TTransformerArgument,
  TTransformerListNode,
  TTransformerNode,
  TValueNode,
} from './types.ts';

/** Transformers allowed on either side of a check (libsinsp `s_field_transformers`). */
export const FIELD_TRANSFORMERS = [
  'tolower(',
  'toupper(',
  'b64(',
  'basename(',
  'len(',
  'join(',
  'concat(',
  'getopt(',
] as const;

/** Transformer names as libsinsp lists them in messages, `val` first. */
export const TRANSFORMER_NAMES = `'val', ${FIELD_TRANSFORMERS.map((name) => `'${name.slice(0, -1)}'`).join(', ')}`;

/**
 * Parses the rest of a field whose name was just lexed: an optional `[argument]`
 * (libsinsp `parse_field_remainder`). Throws ConditionSyntaxError.
 */
export function parseFieldRemainder(
  cursor: TConditionCursor,
  name: string,
  start: number,
): TFieldNode {
  cursor.enter();
  try {
    const argument = parseOptionalFieldArgument(cursor);
    return {
      kind: 'field',
      name,
      ...(argument === undefined ? {} : { argument }),
      start,
      end: cursor.tokenEnd,
    };
  } finally {
    cursor.depth--;
  }
}

function parseOptionalFieldArgument(cursor: TConditionCursor): string | undefined {
  if (!cursor.lexString('[')) return undefined;
  if (!cursor.lexQuotedString() && !cursor.lexPattern('fieldArgBareString')) {
    cursor.fail('expected a valid field argument: a quoted string or a bare string');
  }
  const argument = cursor.lastToken;
  if (!cursor.lexString(']')) cursor.fail("expected a ']' token");
  return argument;
}

/**
 * Parses a transformer's arguments and closing parenthesis after `name(` was lexed
 * (libsinsp `parse_field_or_transformer_remainder`). Throws ConditionSyntaxError.
 */
export function parseTransformerRemainder(
  cursor: TConditionCursor,
  name: string,
  start: number,
): TTransformerNode {
  cursor.enter();
  try {
    cursor.lexBlank();
    const children: TTransformerArgument[] = [];
    do {
      children.push(parseTransformerArgument(cursor));
      cursor.lexBlank();
    } while (cursor.lexString(','));
    cursor.lexBlank();
    if (!cursor.lexString(')')) cursor.fail("expected a ')' token closing the transformer");
    return transformerNode(cursor, name, children, start);
  } finally {
    cursor.depth--;
  }
}

function transformerNode(
  cursor: TConditionCursor,
  name: string,
  children: TTransformerArgument[],
  start: number,
): TTransformerNode {
  const argument = parseOptionalFieldArgument(cursor);
  return {
    kind: 'transformer',
    name,
    arguments: children,
    ...(argument === undefined ? {} : { argument }),
    start,
    end: cursor.tokenEnd,
  };
}

function parseTransformerArgument(cursor: TConditionCursor): TTransformerArgument {
  cursor.enter();
  try {
    cursor.lexBlank();
    const start = cursor.position;
    if (cursor.lexPattern('hexNumber') || cursor.lexPattern('number') || cursor.lexQuotedString()) {
      return valueNode(cursor, start);
    }
    if (cursor.lexString('(')) return parseTransformerList(cursor, start);
    if (cursor.lexStringList(FIELD_TRANSFORMERS))
      return parseTransformerRemainder(cursor, cursor.lastToken.slice(0, -1), start);
    if (cursor.lexPattern('fieldName')) return parseFieldRemainder(cursor, cursor.lastToken, start);
    return cursor.fail(
      'expected field transformer argument: field, transformer, quoted string, number, or transformer list',
    );
  } finally {
    cursor.depth--;
  }
}

function parseTransformerList(cursor: TConditionCursor, start: number): TTransformerListNode {
  const items: TTransformerArgument[] = [];
  cursor.lexBlank();
  if (!cursor.lexString(')')) {
    items.push(parseTransformerListArgument(cursor));
    cursor.lexBlank();
    while (cursor.lexString(',')) {
      cursor.lexBlank();
      items.push(parseTransformerListArgument(cursor));
      cursor.lexBlank();
    }
    if (!cursor.lexString(')')) cursor.fail("expected ')'");
  }
  return { kind: 'transformer-list', items, start, end: cursor.tokenEnd };
}

function parseTransformerListArgument(cursor: TConditionCursor): TTransformerArgument {
  const start = cursor.position;
  if (cursor.lexPattern('fieldName')) return parseFieldRemainder(cursor, cursor.lastToken, start);
  if (cursor.lexStringList(FIELD_TRANSFORMERS)) {
    const name = cursor.lastToken.slice(0, -1);
    cursor.lexBlank();
    return parseTransformerRemainder(cursor, name, start);
  }
  if (cursor.lexQuotedString() || cursor.lexPattern('hexNumber') || cursor.lexPattern('number'))
    return valueNode(cursor, start);
  return cursor.fail(
    'expected transformer list argument: field, transformer, quoted string, or number',
  );
}

/**
 * Parses `val(field)` or a transformer at the cursor, or returns undefined when neither starts
 * there (libsinsp `try_parse_transformer_or_val`). Throws ConditionSyntaxError.
 */
export function tryParseTransformerOrVal(cursor: TConditionCursor): TTransformerNode | undefined {
  cursor.enter();
  try {
    cursor.lexBlank();
    const start = cursor.position;
    if (cursor.lexString('val(')) {
      cursor.lexBlank();
      const fieldStart = cursor.position;
      if (!cursor.lexPattern('fieldName')) cursor.fail("expected a field within 'val' transformer");
      const field = parseFieldRemainder(cursor, cursor.lastToken, fieldStart);
      cursor.lexBlank();
      if (!cursor.lexString(')')) cursor.fail("expected a ')' token closing the transformer");
      return transformerNode(cursor, 'val', [field], start);
    }
    if (cursor.lexStringList(FIELD_TRANSFORMERS)) {
      const name = cursor.lastToken.slice(0, -1);
      cursor.lexBlank();
      return parseTransformerRemainder(cursor, name, start);
    }
    return undefined;
  } finally {
    cursor.depth--;
  }
}

/** A value node for the token just lexed, which started at `start`. */
export function valueNode(cursor: TConditionCursor, start: number): TValueNode {
  const raw = cursor.lastRaw;
  const isQuoted = raw.startsWith('"') || raw.startsWith("'");
  return { kind: 'value', value: cursor.lastToken, raw, isQuoted, start, end: cursor.tokenEnd };
}

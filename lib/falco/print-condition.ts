import type { TCheckValue, TConditionNode, TTransformerArgument } from './types.ts';

/**
 * Prints a condition AST as canonical condition text that `parseCondition` reads back to the same
 * AST (positions and raw spellings aside): single spaces, parentheses only where precedence or
 * Falco's flattening of `and`/`or` needs them, quoted values re-escaped. A `placeholder` prints as
 * nothing, so an append fragment prints as its continuation (` and not …`). Pure.
 */
export function printCondition(node: TConditionNode): string {
  switch (node.kind) {
    case 'or':
      return node.children.map((child) => wrapIf(child, child.kind === 'or')).join(' or ');
    case 'and':
      return node.children
        .map((child) => wrapIf(child, child.kind === 'or' || child.kind === 'and'))
        .join(' and ');
    case 'not':
      return `not ${wrapIf(node.child, node.child.kind !== 'identifier' && node.child.kind !== 'unary' && node.child.kind !== 'binary')}`;
    case 'identifier':
      return node.name;
    case 'unary':
      return `${printArgument(node.left)} ${node.operator}`;
    case 'binary':
      return `${printArgument(node.left)} ${node.operator} ${printValue(node.right)}`;
    case 'placeholder':
      return '';
  }
}

function wrapIf(node: TConditionNode, isWrapped: boolean): string {
  const text = printCondition(node);
  return isWrapped ? `(${text})` : text;
}

function printValue(value: TCheckValue): string {
  if (value.kind === 'list') return `(${value.items.map(printArgument).join(', ')})`;
  return printArgument(value);
}

function printArgument(node: TTransformerArgument): string {
  switch (node.kind) {
    case 'field':
      return `${node.name}${printFieldArgument(node.argument)}`;
    case 'transformer':
      return `${node.name}(${node.arguments.map(printArgument).join(', ')})${printFieldArgument(node.argument)}`;
    case 'transformer-list':
      return `(${node.items.map(printArgument).join(', ')})`;
    case 'value':
      return node.isQuoted ? quoteConditionString(node.value) : node.value;
  }
}

function printFieldArgument(argument: string | undefined): string {
  if (argument === undefined) return '';
  return /^[^\][\s"']+$/.test(argument) ? `[${argument}]` : `[${quoteConditionString(argument)}]`;
}

/**
 * Double-quotes `value` for a condition. Backslashes become `\x5c` because libsinsp never ends a
 * string at a quote preceded by a backslash, so `"a\\"` would not close.
 */
export function quoteConditionString(value: string): string {
  let result = '"';
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (char === '"') result += '\\"';
    else if (char === '\\') result += '\\x5c';
    else if (ESCAPES[char] !== undefined) result += ESCAPES[char];
    else if (code < 0x20 || code === 0x7f) result += `\\x${code.toString(16).padStart(2, '0')}`;
    else result += char;
  }
  return `${result}"`;
}

const ESCAPES: Record<string, string> = {
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

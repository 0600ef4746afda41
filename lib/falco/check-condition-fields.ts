import { BUILTIN_FIELDS } from './falco-fields.ts';
import { isKnownField } from './is-known-field.ts';
import { suggestName } from './suggest-name.ts';
import type { TCheckValue, TConditionNode, TTransformerArgument } from './types.ts';

/** A field of a condition that libsinsp does not know. */
export interface TUnknownField {
  name: string;
  start: number;
  end: number;
  suggestion?: string;
}

/**
 * Fields of a parsed condition in a built-in class (`proc.`, `evt.`, `fd.`, …) that libsinsp
 * does not define, with the closest known field. `evt.arg.flags`-style names (a known field plus a
 * dotted argument) count as known. Plugin classes are not checked. Pure.
 */
export function checkConditionFields(ast: TConditionNode | null): TUnknownField[] {
  const unknown: TUnknownField[] = [];
  const visitOperand = (node: TTransformerArgument | TCheckValue): void => {
    if (node.kind === 'field') {
      if (!isKnownField(node.name)) {
        const suggestion = suggestName(node.name, BUILTIN_FIELDS);
        unknown.push({
          name: node.name,
          start: node.start,
          end: node.end,
          ...(suggestion ? { suggestion } : {}),
        });
      }
    } else if (node.kind === 'transformer') {
      node.arguments.forEach(visitOperand);
    } else if (node.kind === 'transformer-list') {
      node.items.forEach(visitOperand);
    }
  };
  const visit = (node: TConditionNode): void => {
    if (node.kind === 'and' || node.kind === 'or') node.children.forEach(visit);
    else if (node.kind === 'not') visit(node.child);
    else if (node.kind === 'unary') visitOperand(node.left);
    else if (node.kind === 'binary') {
      visitOperand(node.left);
      visitOperand(node.right);
    }
  };
  if (ast) visit(ast);
  return unknown;
}

import type { HclBody, HclExpression, HclSpan, HclTemplatePart } from '../index.ts';

/**
 * Spans of the `name` step in every traversal `root.name…` in `body` (all attributes of all
 * nested blocks, inside templates, heredocs, splats, function calls and `for` expressions),
 * skipping roots bound by an enclosing `for` (as hclsyntax `Variables()` does). Works on the
 * parser's expression tree, never on raw text. Never throws.
 */
export function findNameReferences(
  text: string,
  body: HclBody,
  root: string,
  name: string,
): HclSpan[] {
  const out: HclSpan[] = [];
  const visit = (expr: HclExpression, bound: ReadonlySet<string>): void => {
    switch (expr.kind) {
      case 'get-attribute':
        if (
          expr.name === name &&
          expr.source.kind === 'variable' &&
          expr.source.name === root &&
          !bound.has(root)
        ) {
          if (text.slice(expr.end - name.length, expr.end) === name)
            out.push({ start: expr.end - name.length, end: expr.end });
          return;
        }
        visit(expr.source, bound);
        return;
      case 'index':
        visit(expr.source, bound);
        visit(expr.key, bound);
        return;
      case 'splat':
        visit(expr.source, bound);
        visit(expr.each, bound);
        return;
      case 'function-call':
        for (const arg of expr.args) visit(arg, bound);
        return;
      case 'parentheses':
        visit(expr.expression, bound);
        return;
      case 'unary':
        visit(expr.operand, bound);
        return;
      case 'binary':
        visit(expr.left, bound);
        visit(expr.right, bound);
        return;
      case 'conditional':
        visit(expr.condition, bound);
        visit(expr.then, bound);
        visit(expr.else, bound);
        return;
      case 'tuple':
        for (const item of expr.items) visit(item, bound);
        return;
      case 'object':
        for (const item of expr.items) {
          visit(item.key, bound);
          visit(item.value, bound);
        }
        return;
      case 'for': {
        visit(expr.collection, bound);
        const inner = new Set([...bound, expr.valueVar, ...(expr.keyVar ? [expr.keyVar] : [])]);
        if (expr.key) visit(expr.key, inner);
        visit(expr.value, inner);
        if (expr.condition) visit(expr.condition, inner);
        return;
      }
      case 'template':
        if (expr.literal === undefined) visitParts(expr.parts, bound);
        return;
      default:
        return;
    }
  };
  const visitParts = (parts: HclTemplatePart[], bound: ReadonlySet<string>): void => {
    for (const part of parts) {
      if (part.kind === 'template-interpolation') visit(part.expression, bound);
      else if (part.kind === 'template-if') {
        visit(part.condition, bound);
        visitParts(part.then, bound);
        visitParts(part.else, bound);
      } else if (part.kind === 'template-for') {
        visit(part.collection, bound);
        visitParts(
          part.body,
          new Set([...bound, part.valueVar, ...(part.keyVar ? [part.keyVar] : [])]),
        );
      }
    }
  };
  const walk = (b: HclBody): void => {
    for (const item of b.items) {
      if (item.kind === 'attribute') visit(item.expression, new Set());
      else walk(item.body);
    }
  };
  walk(body);
  return out;
}

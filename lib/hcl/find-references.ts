import type { HclExpression, HclTemplatePart } from './types.ts';

/**
 * A reference to a named value: the longest static traversal from a root variable, e.g.
 * `var.x`, `sysdig_secure_list.foo.id`, `data.x.y[0].z`. `path` lists the root then each
 * attribute name or index key (numbers for numeric indexes).
 */
export interface HclReference {
  root: string;
  path: (string | number)[];
  /** Source-like rendering, e.g. `aws_instance.web[0].id`. */
  text: string;
  start: number;
  end: number;
}

/**
 * Lists the references of an expression in source order, like hclsyntax `Variables()`: roots
 * bound by enclosing `for` expressions/directives (`for k, v in …`) are not references.
 * Never throws.
 */
export function findReferences(expression: HclExpression): HclReference[] {
  const out: HclReference[] = [];
  visit(expression, new Set(), out);
  return out;
}

function traversalOf(expr: HclExpression): HclReference | null {
  switch (expr.kind) {
    case 'variable':
      return {
        root: expr.name,
        path: [expr.name],
        text: expr.name,
        start: expr.start,
        end: expr.end,
      };
    case 'get-attribute': {
      const base = traversalOf(expr.source);
      if (!base) return null;
      return {
        ...base,
        path: [...base.path, expr.name],
        text: `${base.text}.${expr.name}`,
        end: expr.end,
      };
    }
    case 'index': {
      const base = traversalOf(expr.source);
      if (!base) return null;
      const key = expr.key;
      if (key.kind === 'literal' && typeof key.value === 'number') {
        return {
          ...base,
          path: [...base.path, key.value],
          text: `${base.text}[${key.raw}]`,
          end: expr.end,
        };
      }
      if (
        key.kind === 'template' &&
        !key.isWrap &&
        key.parts.length === 1 &&
        key.parts[0]?.kind === 'template-literal'
      ) {
        const value = key.parts[0].value;
        return {
          ...base,
          path: [...base.path, value],
          text: `${base.text}[${JSON.stringify(value)}]`,
          end: expr.end,
        };
      }
      return null;
    }
    default:
      return null;
  }
}

function visit(expr: HclExpression, bound: Set<string>, out: HclReference[]): void {
  const traversal = traversalOf(expr);
  if (traversal) {
    if (!bound.has(traversal.root)) out.push(traversal);
    return;
  }
  switch (expr.kind) {
    case 'get-attribute':
      visit(expr.source, bound, out);
      return;
    case 'index':
      visit(expr.source, bound, out);
      visit(expr.key, bound, out);
      return;
    case 'splat':
      visit(expr.source, bound, out);
      visit(expr.each, bound, out);
      return;
    case 'function-call':
      for (const arg of expr.args) visit(arg, bound, out);
      return;
    case 'parentheses':
      visit(expr.expression, bound, out);
      return;
    case 'unary':
      visit(expr.operand, bound, out);
      return;
    case 'binary':
      visit(expr.left, bound, out);
      visit(expr.right, bound, out);
      return;
    case 'conditional':
      visit(expr.condition, bound, out);
      visit(expr.then, bound, out);
      visit(expr.else, bound, out);
      return;
    case 'tuple':
      for (const item of expr.items) visit(item, bound, out);
      return;
    case 'object':
      for (const item of expr.items) {
        // A bare identifier key is a literal name, not a reference (HCL ObjectConsKeyExpr).
        if (item.isKeyForced || item.key.kind !== 'variable') visit(item.key, bound, out);
        visit(item.value, bound, out);
      }
      return;
    case 'for': {
      visit(expr.collection, bound, out);
      const inner = new Set(bound);
      if (expr.keyVar) inner.add(expr.keyVar);
      inner.add(expr.valueVar);
      if (expr.key) visit(expr.key, inner, out);
      visit(expr.value, inner, out);
      if (expr.condition) visit(expr.condition, inner, out);
      return;
    }
    case 'template':
      if (expr.literal === undefined) visitParts(expr.parts, bound, out);
      return;
    default:
      return;
  }
}

function visitParts(parts: HclTemplatePart[], bound: Set<string>, out: HclReference[]): void {
  for (const part of parts) {
    switch (part.kind) {
      case 'template-interpolation':
        visit(part.expression, bound, out);
        break;
      case 'template-if':
        visit(part.condition, bound, out);
        visitParts(part.then, bound, out);
        visitParts(part.else, bound, out);
        break;
      case 'template-for': {
        visit(part.collection, bound, out);
        const inner = new Set(bound);
        if (part.keyVar) inner.add(part.keyVar);
        inner.add(part.valueVar);
        visitParts(part.body, inner, out);
        break;
      }
      default:
        break;
    }
  }
}

import { isUnknownValue, type TConfigValue } from './config-value.ts';
import { reportAt, type TEvalContext } from './eval-context.ts';
import { evaluateExpression } from './evaluate-expression.ts';
import { formatAttributePath } from './format-attribute-path.ts';
import { iterateCollection } from './iterate-collection.ts';
import type { TBlockModel } from './types.ts';
import { makeUnknown } from './unknown-values.ts';
import { setOwn } from './set-own.ts';

const SKIP_NOTHING: ReadonlySet<string> = new Set();

/**
 * Evaluates a block body to HCL's JSON shape: attributes → values, nested blocks → arrays of
 * objects grouped by type (`actions: [{ capture: [{ … }] }]`). `dynamic "x"` blocks are
 * expanded when their `for_each` is known (the iterator is `x` or `iterator`, with `key` and
 * `value`); with an unknown `for_each` the `x` list is unknown. Names in `skip` (meta-arguments)
 * are left out. Never throws.
 */
export function evaluateBlock(
  block: TBlockModel,
  context: TEvalContext,
  path: (string | number)[] = [],
  skip: ReadonlySet<string> = SKIP_NOTHING,
): { [key: string]: TConfigValue } {
  const out: { [key: string]: TConfigValue } = {};
  // One derived context for all attributes; only its label changes (evaluation is synchronous).
  const attributeContext: TEvalContext = { ...context };
  for (const attribute of Object.values(block.attributes)) {
    if (skip.has(attribute.name)) continue;
    attributeContext.attribute =
      path.length === 0 ? attribute.name : formatAttributePath([...path, attribute.name]);
    setOwn(out, attribute.name, evaluateExpression(attribute.expression, attributeContext));
  }
  for (const nested of block.blocks) {
    if (skip.has(nested.type)) continue;
    if (nested.type === 'dynamic') {
      evaluateDynamic(nested, context, path, out);
      continue;
    }
    const list = Object.hasOwn(out, nested.type) ? out[nested.type] : undefined;
    const items = Array.isArray(list) ? list : [];
    setOwn(out, nested.type, items);
    items.push(evaluateBlock(nested, context, [...path, nested.type, items.length]));
  }
  return out;
}

function evaluateDynamic(
  block: TBlockModel,
  context: TEvalContext,
  path: (string | number)[],
  out: { [key: string]: TConfigValue },
): void {
  const type = block.labels[0] ?? '';
  const forEach = block.attributes.for_each;
  const content = block.blocks.find((b) => b.type === 'content');
  if (!forEach || !content) {
    reportAt(
      context,
      block.node,
      'invalid-dynamic-block',
      `dynamic "${type}" needs a for_each argument and a content block.`,
    );
    return;
  }
  const collection = evaluateExpression(forEach.expression, context);
  const entries = iterateCollection(collection, forEach.expression, context);
  if (entries === null) {
    const references = isUnknownValue(collection) ? collection.references : [];
    setOwn(out, type, makeUnknown(references, `dynamic "${type}" for_each = ${forEach.source}`));
    return;
  }
  const iterator = block.attributes.iterator?.expression;
  const name = iterator?.kind === 'variable' ? iterator.name : type;
  const list = Object.hasOwn(out, type) ? out[type] : undefined;
  const items = Array.isArray(list) ? list : [];
  setOwn(out, type, items);
  for (const [key, value] of entries) {
    const scope = new Map(context.scope);
    scope.set(name, { key, value });
    items.push(evaluateBlock(content, { ...context, scope }, [...path, type, items.length]));
  }
}

import type { TFieldValue, TFormField, TFormItem } from '../contracts/resource-api.ts';
import { decodeValue, type HclDecoded, type HclExpression } from '../hcl/index.ts';
import type { TAttributeMeta } from '../sysdig/definition.ts';
import type { TAttributeModel, TBlockModel } from '../terraform/types.ts';

const REFERENCE = /^([a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*\.(?:id|name))$/;
// The 2018 tutorial writes references as HCL1 interpolations: "${type.name.id}".
const WRAPPED_REFERENCE = /^"\$\{\s*([a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*\.(?:id|name))\s*\}"$/;

/**
 * The form fields of a block: one per settable attribute of the registry metadata (computed ones
 * are left out), ordered by `order`, each with its value as written in `block` (see `readValue`).
 * Block kinds carry their written blocks, recursively. Secrets' values are never included. Pure.
 */
export function buildResourceFields(
  metas: readonly TAttributeMeta[],
  block: TBlockModel | undefined,
  text: string,
): TFormField[] {
  return [...metas]
    .filter((meta) => !meta.computed)
    .sort((a, b) => a.order - b.order)
    .map((meta) => buildField(meta, block, text));
}

function buildField(
  meta: TAttributeMeta,
  block: TBlockModel | undefined,
  text: string,
): TFormField {
  const base = {
    name: meta.name,
    kind: meta.kind,
    label: meta.label,
    help: meta.help,
    ...(meta.elementKind ? { elementKind: meta.elementKind } : {}),
    ...(meta.enumValues ? { enumValues: [...meta.enumValues] } : {}),
    isRequired: meta.required,
    ...(meta.default !== undefined && !isUnknownLike(meta.default)
      ? { defaultValue: meta.default as never }
      : {}),
    ...(meta.min !== undefined ? { min: meta.min } : {}),
    ...(meta.max !== undefined ? { max: meta.max } : {}),
    isSecret: meta.secret === true,
    isForceNew: meta.forceNew === true,
    ...(meta.deprecated ? { deprecated: meta.deprecated } : {}),
    ...(meta.reference
      ? { reference: { types: [...meta.reference.types], attribute: meta.reference.attribute } }
      : {}),
  };
  if (meta.kind.startsWith('block')) {
    const written = (block?.blocks ?? []).filter((child) => child.type === meta.name);
    return {
      ...base,
      ...(written[0] ? { line: written[0].range.line } : {}),
      value: { kind: 'absent' },
      blocks: written.map((child) => ({
        line: child.range.line,
        fields: buildResourceFields(meta.attributes ?? [], child, text),
      })),
    };
  }
  const attribute = block?.attributes[meta.name];
  if (!attribute)
    return { ...base, value: meta.secret ? { kind: 'secret', isSet: false } : { kind: 'absent' } };
  return {
    ...base,
    line: attribute.range.line,
    value: meta.secret ? { kind: 'secret', isSet: true } : readValue(attribute, text),
  };
}

/**
 * The value of an attribute for the form: a literal scalar or map, list items (literals and
 * single references, wrapped in "${…}" or not), or else the expression's source (not editable here).
 */
export function readValue(attribute: TAttributeModel, text: string): TFieldValue {
  const expression: TFieldValue = { kind: 'expression', expression: attribute.source };
  const decoded = decodeValue(attribute.expression);
  if (decoded.kind === 'string' || decoded.kind === 'bool' || decoded.kind === 'null')
    return decoded.kind === 'null'
      ? { kind: 'scalar', value: null }
      : { kind: 'scalar', value: decoded.value };
  if (decoded.kind === 'number') return { kind: 'scalar', value: decoded.value };
  if (decoded.kind === 'object') {
    const entries: Record<string, string | number | boolean | null> = {};
    for (const entry of decoded.entries) {
      const scalar = toScalar(entry.value);
      if (scalar === undefined) return expression;
      entries[entry.key] = scalar;
    }
    return { kind: 'map', entries };
  }
  const single = toItem(attribute.expression, text);
  if (single?.kind === 'reference') return single;
  const tuple = attribute.expression.kind === 'tuple' ? attribute.expression.items : null;
  if (!tuple) return expression;
  const items: TFormItem[] = [];
  for (const item of tuple) {
    const converted = toItem(item, text);
    if (!converted) return expression;
    items.push(converted);
  }
  return { kind: 'items', items };
}

function toItem(item: HclExpression, text: string): TFormItem | null {
  const scalar = toScalar(decodeValue(item));
  if (scalar !== undefined) return { kind: 'literal', value: scalar };
  const source = text.slice(item.start, item.end).trim();
  const match = REFERENCE.exec(source) ?? WRAPPED_REFERENCE.exec(source);
  return match?.[1] ? { kind: 'reference', expression: match[1] } : null;
}

function toScalar(decoded: HclDecoded): string | number | boolean | null | undefined {
  if (decoded.kind === 'null') return null;
  if (decoded.kind === 'string' || decoded.kind === 'number' || decoded.kind === 'bool')
    return decoded.value;
  return undefined;
}

function isUnknownLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && '$unknown' in value;
}

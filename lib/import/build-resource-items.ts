import { encodeString, encodeValue } from '../hcl/index.ts';
import type { TAttributeMeta, TConfigObject } from '../sysdig/index.ts';
import type { TConfigValue } from '../terraform/config-value.ts';
import type { THclItem } from './hcl-item.ts';
import { rawAttribute } from './raw-attribute.ts';
import { isDefaultValue } from './is-default-value.ts';
import type { TRenderContext } from './render-context.ts';
import { renderString } from './render-string.ts';
import type { TPlannedResource } from './types.ts';

/**
 * The body of a generated resource from its Read-mapped configuration, attributes in the registry's
 * display order: defaults omitted (`isDefaultValue`), nested blocks as blocks (empty ones dropped),
 * secret attributes as `var.<name>` (declared through the context), channel ids as
 * `<channel address>.id` and rule names as `<rule address>.name` when the module defines them,
 * Falco exception `values` as `jsonencode(<value>)`, multi-line strings as heredocs. Pure apart
 * from `context.declareSecret`.
 */
export function buildResourceItems(
  resource: TPlannedResource,
  context: TRenderContext,
): THclItem[] {
  return itemsOf(resource.config, resource.definition.attributes, '', resource, context);
}

function itemsOf(
  config: TConfigObject,
  attributes: readonly TAttributeMeta[],
  path: string,
  resource: TPlannedResource,
  context: TRenderContext,
): THclItem[] {
  const scalars: THclItem[] = [];
  const blocks: THclItem[] = [];
  for (const meta of [...attributes].sort((a, b) => a.order - b.order)) {
    const value = config[meta.name];
    if (value === undefined || isDefaultValue(value, meta)) continue;
    const where = path ? `${path}.${meta.name}` : meta.name;
    if (meta.kind.startsWith('block')) {
      for (const block of Array.isArray(value) ? value : [value]) {
        if (typeof block !== 'object' || block === null || Array.isArray(block)) continue;
        const items = itemsOf(
          block as TConfigObject,
          meta.attributes ?? [],
          where,
          resource,
          context,
        );
        if (items.length > 0)
          blocks.push({ kind: 'blank' }, { kind: 'block', type: meta.name, labels: [], items });
      }
      continue;
    }
    if (meta.secret && path === '') {
      scalars.push(rawAttribute(meta.name, `var.${context.declareSecret(resource, meta)}`));
      continue;
    }
    scalars.push(attributeItem(meta, where, value, context));
  }
  // A body without attributes starts with its first block, not a blank line.
  return scalars.length === 0 ? blocks.slice(1) : [...scalars, ...blocks];
}

function attributeItem(
  meta: TAttributeMeta,
  where: string,
  value: TConfigValue,
  context: TRenderContext,
): THclItem {
  if (where === 'exceptions.values' && typeof value === 'string') {
    const decoded = parseJson(value);
    if (decoded.ok)
      return {
        kind: 'attribute',
        name: meta.name,
        render: (indent) => `jsonencode(${encodeValue(decoded.value, indent)})`,
      };
  }
  if (meta.reference?.attribute === 'id' && Array.isArray(value)) {
    const ids = value.map((id) => {
      const address = typeof id === 'number' ? context.channelAddressById.get(id) : undefined;
      return address ? `${address}.id` : encodeValue(id);
    });
    return rawAttribute(meta.name, `[${ids.join(', ')}]`);
  }
  if (meta.reference?.attribute === 'name' && typeof value === 'string') {
    const address = context.ruleAddressByName.get(value);
    if (address) return rawAttribute(meta.name, `${address}.name`);
  }
  if (typeof value === 'string')
    return { kind: 'attribute', name: meta.name, render: (indent) => renderString(value, indent) };
  if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    return rawAttribute(meta.name, `[${value.map((item) => encodeString(item)).join(', ')}]`);
  return { kind: 'attribute', name: meta.name, render: (indent) => encodeValue(value, indent) };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

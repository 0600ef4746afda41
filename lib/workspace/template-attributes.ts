import type { HclEditValue } from '../hcl/edit/types.ts';
import { getResourceType } from '../sysdig/registry.ts';

/**
 * The attributes a new resource starts with: its required top-level attributes, each with the
 * registry default or a placeholder of the right type (names get the resource's name), so the
 * form and the Problems list show what is left to fill in.
 */
export function templateAttributes(type: string, name: string): Record<string, HclEditValue> {
  const definition = getResourceType(type);
  const out: Record<string, HclEditValue> = {};
  for (const attribute of definition?.attributes ?? []) {
    if (!attribute.required || attribute.computed) continue;
    if (attribute.kind.startsWith('block')) continue;
    if (attribute.name === 'name') out.name = name.replace(/_/g, ' ');
    else if (attribute.default !== undefined)
      out[attribute.name] = attribute.default as HclEditValue;
    else if (attribute.enumValues && attribute.enumValues.length > 0)
      out[attribute.name] = attribute.enumValues[0]!;
    else if (attribute.kind === 'list' || attribute.kind === 'set') out[attribute.name] = [];
    else if (attribute.kind === 'map') out[attribute.name] = {};
    else if (attribute.kind === 'number') out[attribute.name] = attribute.min ?? 0;
    else if (attribute.kind === 'bool') out[attribute.name] = false;
    else out[attribute.name] = '';
  }
  return out;
}

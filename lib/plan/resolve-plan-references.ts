import type { TConfigValue } from '../terraform/config-value.ts';
import { isUnknownValue } from '../terraform/config-value.ts';
import type { TConfigObject, TResourceDefinition } from '../sysdig/index.ts';
import { resolveReferences } from '../sysdig/index.ts';
import { parseReference } from './parse-reference.ts';
import { containsUnknown } from './contains-unknown.ts';

/** What the plan knows about other resources while resolving one configuration. */
export interface TReferenceLookup {
  /** The remote id of a resource that keeps its object (bound or adopted, not replaced), else undefined. */
  idOf(address: string): string | undefined;
  /** A known attribute of a desired resource's configuration, else undefined. */
  attributeOf(address: string, attribute: string): TConfigValue | undefined;
  readonly currentTeamId?: number;
}

/**
 * The configuration with every reference the plan can know replaced: id references of bound or
 * adopted resources become their ids (through the registry's `resolveReferences`, which converts to
 * the attribute's element type), and a value that is exactly one reference to a known literal
 * attribute (`sysdig_secure_rule_falco.x.name`) becomes that literal. References to resources being
 * created or replaced stay unknown: "known after apply". Pure.
 */
export function resolvePlanReferences(
  definition: TResourceDefinition,
  config: TConfigObject,
  lookup: TReferenceLookup,
): TConfigObject {
  const refs = {
    resolveId(reference: string): number | undefined {
      const parsed = parseReference(reference);
      const id = parsed?.attribute === 'id' ? lookup.idOf(parsed.address) : undefined;
      return id !== undefined && /^\d+$/.test(id) ? Number(id) : undefined;
    },
    ...(lookup.currentTeamId === undefined ? {} : { currentTeamId: lookup.currentTeamId }),
  };
  return substitute(resolveReferences(definition, config, refs), lookup) as TConfigObject;
}

function substitute(value: TConfigValue, lookup: TReferenceLookup): TConfigValue {
  if (isUnknownValue(value)) return literalOf(value.expression, value.references, lookup) ?? value;
  if (Array.isArray(value)) return value.map((item) => substitute(item, lookup));
  if (typeof value === 'object' && value !== null) {
    const result: TConfigObject = {};
    for (const [key, item] of Object.entries(value)) result[key] = substitute(item, lookup);
    return result;
  }
  return value;
}

/** The value of an expression that is exactly one resource attribute reference, when known. */
function literalOf(
  expression: string,
  references: readonly string[],
  lookup: TReferenceLookup,
): TConfigValue | undefined {
  if (references.length !== 1) return undefined;
  const reference = references[0] ?? '';
  const bare = expression
    .trim()
    .replace(/^"\$\{(.*)\}"$/s, '$1')
    .replace(/^\$\{(.*)\}$/s, '$1');
  if (bare.trim() !== reference) return undefined;
  const parsed = parseReference(reference);
  if (!parsed || parsed.attribute === '') return undefined;
  if (parsed.attribute === 'id') return lookup.idOf(parsed.address);
  const found = lookup.attributeOf(parsed.address, parsed.attribute);
  return found === undefined || containsUnknown(found) ? undefined : found;
}

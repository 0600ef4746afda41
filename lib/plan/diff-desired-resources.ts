import { getResourceType, type TConfigObject } from '../sysdig/index.ts';
import { isUnknownValue } from '../terraform/config-value.ts';
import { diffAttributes } from './diff-attributes.ts';
import type { TAttributeChange } from './plan-model.ts';

/** A resource's configuration as written in one version of the code. */
export interface TCodeResource {
  address: string;
  type: string;
  config: Record<string, unknown>;
  /** The file the resource is written in, when known. */
  file?: string;
}

/** How one resource differs between two versions of the code, field by field. */
export interface TResourceCodeChange {
  address: string;
  type: string;
  change: 'added' | 'removed' | 'changed';
  attributes: TAttributeChange[];
  /** The file of the resource: in the new version, or in the old one when it was removed. */
  file?: string;
}

/**
 * The field-level difference between two versions of the code (e.g. HEAD and the draft), labelled
 * like the form ("Severity: 2 → 5"). References are compared and shown as written
 * (`sysdig_secure_notification_channel_email.ops.id`), sets without order, secrets masked. Pure.
 */
export function diffDesiredResources(
  before: readonly TCodeResource[],
  after: readonly TCodeResource[],
): TResourceCodeChange[] {
  const old = new Map(before.map((r) => [r.address, r]));
  const now = new Map(after.map((r) => [r.address, r]));
  const out: TResourceCodeChange[] = [];
  for (const address of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const a = old.get(address);
    const b = now.get(address);
    const type = (b ?? a)!.type;
    const definition = getResourceType(type, (b ?? a)!.config as TConfigObject);
    if (!definition) continue;
    const canonical = (resource: TCodeResource | undefined) =>
      resource
        ? (definition.canonical(withExpressions(resource.config) as TConfigObject) as Record<
            string,
            unknown
          >)
        : undefined;
    const attributes = diffAttributes(canonical(a), canonical(b), definition);
    if (a && b && attributes.length === 0) continue;
    const file = (b ?? a)!.file;
    out.push({
      address,
      type,
      change: !a ? 'added' : !b ? 'removed' : 'changed',
      attributes,
      ...(file === undefined ? {} : { file }),
    });
  }
  return out;
}

// A reference is compared by what is written, not by the id it will have after apply.
function withExpressions(value: unknown): unknown {
  if (isUnknownValue(value)) return value.expression;
  if (Array.isArray(value)) return value.map(withExpressions);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withExpressions(v)]));
  return value;
}

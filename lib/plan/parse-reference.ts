/** A reference to a managed resource: its address and the attribute read (`id`, `name`, …). */
export interface TResourceReference {
  /** `sysdig_secure_list.allowed`, `sysdig_secure_list.x[0]`, `sysdig_secure_list.y["k"]`. */
  readonly address: string;
  /** The attribute path after the address (`id`), or '' for the whole object. */
  readonly attribute: string;
}

// Roots that are not managed resources (Terraform's reserved traversal roots).
const NON_RESOURCE_ROOTS = new Set([
  'var',
  'local',
  'data',
  'module',
  'path',
  'count',
  'each',
  'self',
  'terraform',
]);

/**
 * Parses a traversal as written (`sysdig_secure_notification_channel_email.ops.id`) into the
 * managed resource it reads, or undefined for variables, locals, data sources, modules and the like.
 * A splat reference gives the address without an index (all instances). Pure.
 */
export function parseReference(reference: string): TResourceReference | undefined {
  const match = /^([a-z][a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)((?:\[[^\]]*\])?)(?:\.(.+))?$/.exec(
    reference.trim(),
  );
  if (!match) return undefined;
  const [, type = '', name = '', index = '', attribute = ''] = match;
  if (NON_RESOURCE_ROOTS.has(type)) return undefined;
  // A splat (`x.y[*].id`) reads every instance: the reference is to the resource as a whole.
  return { address: `${type}.${name}${index === '[*]' ? '' : index}`, attribute };
}

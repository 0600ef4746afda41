import type { TAttributeMeta } from '../sysdig/definition.ts';

const BLOCK_KINDS = new Set(['block-list', 'block-set', 'block-single']);

/** True for nested blocks (`rules { … }`), false for `name = value` attributes. */
export function isBlockAttribute(meta: TAttributeMeta): boolean {
  return BLOCK_KINDS.has(meta.kind);
}

/** One line for a completion's detail: kind, element type, required. */
export function summarizeAttribute(meta: TAttributeMeta): string {
  const kind = meta.elementKind ? `${meta.kind} of ${meta.elementKind}` : meta.kind;
  return `${meta.label} — ${isBlockAttribute(meta) ? 'block' : kind}${meta.required ? ', required' : ''}`;
}

/**
 * Markdown documentation of an attribute: help text, allowed values, default, what it references,
 * deprecation, and flags (replaces the object, secret, computed).
 */
export function describeAttribute(meta: TAttributeMeta): string {
  const lines = [`**${meta.name}** · ${summarizeAttribute(meta)}`, '', meta.help];
  if (meta.enumValues?.length)
    lines.push('', `Allowed values: ${meta.enumValues.map((value) => `\`${value}\``).join(', ')}`);
  if (meta.default !== undefined && meta.default !== '')
    lines.push('', `Default: \`${JSON.stringify(meta.default)}\``);
  if (meta.min !== undefined || meta.max !== undefined)
    lines.push('', `Range: ${meta.min ?? '…'} to ${meta.max ?? '…'}`);
  if (meta.reference)
    lines.push(
      '',
      `Usually a reference: \`${meta.reference.types.join('` / `')}\`.<name>.${meta.reference.attribute}`,
    );
  if (meta.forceNew) lines.push('', 'Changing it replaces the object in Secure.');
  if (meta.secret) lines.push('', 'Secret: use a variable, not a literal.');
  if (meta.computed) lines.push('', 'Set by Secure; do not write it.');
  if (meta.deprecated) lines.push('', `Deprecated: ${meta.deprecated}`);
  return lines.join('\n');
}

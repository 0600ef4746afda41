import { getResourceVariants } from '../sysdig/registry.ts';

/**
 * Markdown documentation of a resource type: description, provider era, deprecation with the
 * replacement, required attributes. Empty string for types the registry does not model.
 */
export function describeResourceType(type: string): string {
  const variants = getResourceVariants(type);
  if (variants.length === 0) return '';
  return variants
    .map((definition) => {
      const lines = [
        `**${definition.type}**${variants.length > 1 ? ` (${definition.variant} schema)` : ''} · ${definition.era === '2018' ? '2018 provider' : 'current provider'}`,
        '',
        definition.description,
      ];
      const required = definition.attributes
        .filter((meta) => meta.required)
        .map((meta) => `\`${meta.name}\``);
      if (required.length > 0) lines.push('', `Required: ${required.join(', ')}`);
      if (definition.deprecated) {
        const { message, replacedBy } = definition.deprecated;
        lines.push(
          '',
          `Deprecated: ${message}${replacedBy.length ? ` Use ${replacedBy.join(' or ')}.` : ''}`,
        );
      }
      return lines.join('\n');
    })
    .join('\n\n---\n\n');
}

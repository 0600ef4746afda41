import { listResourceTypes } from '../sysdig/registry.ts';
import { describeAttribute, isBlockAttribute, summarizeAttribute } from './describe-attribute.ts';
import { describeResourceType } from './describe-resource-type.ts';
import { findCursorContext } from './find-cursor-context.ts';
import { listKnownResources } from './list-declared-resources.ts';
import { findTypeAttribute, listTypeAttributes } from './list-type-attributes.ts';
import type { TCompletion, TEditorFacts } from './types.ts';

// Terraform's meta-arguments, valid in every resource body.
const META_ARGUMENTS: ReadonlyArray<{ name: string; insert: string; help: string }> = [
  {
    name: 'count',
    insert: 'count = ',
    help: 'How many instances to create (0 disables the resource).',
  },
  {
    name: 'for_each',
    insert: 'for_each = ',
    help: 'One instance per element of a map or set of strings.',
  },
  {
    name: 'depends_on',
    insert: 'depends_on = [$0]',
    help: 'Explicit dependencies Terraform cannot infer.',
  },
  {
    name: 'provider',
    insert: 'provider = ',
    help: 'A non-default provider configuration (`sysdig.alias`).',
  },
  {
    name: 'lifecycle',
    insert: 'lifecycle {\n\t$0\n}',
    help: 'create_before_destroy, prevent_destroy, ignore_changes.',
  },
];

/**
 * Completion suggestions at `offset` of a `.tf` text: resource types after `resource "`, the
 * resource type's attribute names (with docs) at a line start in its body or nested blocks, enum
 * values inside `attr = "`, and addresses of resources of the referenced types (`type.name.id`)
 * after `attr = ` or in a list. Empty when the cursor is anywhere else. Pure; never throws.
 */
export function listCompletions(text: string, offset: number, facts: TEditorFacts): TCompletion[] {
  const context = findCursorContext(text, offset);
  const replaceStart = offset - ('prefix' in context ? context.prefix.length : 0);
  switch (context.kind) {
    case 'resource-type': {
      const seen = new Set<string>();
      return listResourceTypes()
        .filter((definition) => !seen.has(definition.type) && seen.add(definition.type))
        .map((definition, index) => ({
          label: definition.type,
          kind: 'resource-type',
          insertText: definition.type,
          isSnippet: false,
          detail: definition.deprecated
            ? `${definition.description} (deprecated)`
            : definition.description,
          documentation: describeResourceType(definition.type),
          // Current types before deprecated ones.
          sortText: `${definition.deprecated ? 1 : 0}-${String(index).padStart(3, '0')}`,
          replaceStart,
        }));
    }
    case 'attribute-name': {
      const attributes = listTypeAttributes(context.resourceType, context.blockPath).filter(
        (meta) => !meta.computed,
      );
      const items: TCompletion[] = attributes.map((meta, index) => {
        const isBlock = isBlockAttribute(meta);
        const isQuoted = meta.kind === 'string' && !meta.reference;
        const isList = meta.kind === 'list' || meta.kind === 'set';
        const isSet = context.existing.includes(meta.name) && !isBlock;
        return {
          label: meta.name,
          kind: isBlock ? 'block' : 'attribute',
          insertText: isBlock
            ? `${meta.name} {\n\t$0\n}`
            : isQuoted
              ? `${meta.name} = "$0"`
              : isList
                ? `${meta.name} = [$0]`
                : `${meta.name} = `,
          isSnippet: true,
          detail: isSet ? `${summarizeAttribute(meta)} (already set)` : summarizeAttribute(meta),
          documentation: describeAttribute(meta),
          // Required first, then the registry's order; attributes already written go last.
          sortText: `${isSet ? 2 : meta.required ? 0 : 1}-${String(index).padStart(3, '0')}`,
          replaceStart,
          isRetrigger: Boolean(meta.enumValues?.length || meta.reference),
        };
      });
      if (context.blockPath.length === 0 && attributes.length > 0) {
        for (const meta of META_ARGUMENTS) {
          items.push({
            label: meta.name,
            kind: 'meta-argument',
            insertText: meta.insert,
            isSnippet: true,
            detail: 'Terraform meta-argument',
            documentation: meta.help,
            sortText: `3-${meta.name}`,
            replaceStart,
          });
        }
      }
      return items;
    }
    case 'enum-value': {
      const meta = findTypeAttribute(context.resourceType, context.blockPath, context.attribute);
      return (meta?.enumValues ?? []).map((value, index) => ({
        label: value,
        kind: 'enum-value',
        insertText: value,
        isSnippet: false,
        detail: `${meta!.name}${meta!.default === value ? ' (default)' : ''}`,
        documentation: meta!.help,
        sortText: String(index).padStart(3, '0'),
        replaceStart,
      }));
    }
    case 'reference': {
      const meta = findTypeAttribute(context.resourceType, context.blockPath, context.attribute);
      if (!meta?.reference) return [];
      const { types, attribute } = meta.reference;
      return listKnownResources(text, facts)
        .filter((resource) => types.includes(resource.type))
        .map((resource, index) => ({
          label: `${resource.address}.${attribute}`,
          kind: 'reference',
          insertText: `${resource.address}.${attribute}`,
          isSnippet: false,
          detail: `${resource.file}:${resource.line}`,
          documentation: `The ${attribute} of \`${resource.address}\`, declared in ${resource.file}:${resource.line}.`,
          sortText: String(index).padStart(3, '0'),
          replaceStart,
        }));
    }
    default:
      return [];
  }
}

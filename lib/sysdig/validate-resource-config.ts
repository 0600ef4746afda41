import type { TAttributeMeta, TConfigObject, TValidationIssue } from './definition.ts';
import { detectPolicyShape } from './detect-policy-shape.ts';
import { closestMatch } from './edit-distance.ts';
import { getResourceType, getResourceVariants } from './registry.ts';
import { isPlainObject, isUnknown, withoutNulls } from './schema-helpers.ts';
import { issuesFromZod } from './zod-issues.ts';

/**
 * Validates one resource's evaluated configuration against the registry: deprecated type (warning,
 * hint naming the replacement), unknown attributes and blocks (with "did you mean"), computed
 * attributes set in code, and every schema rule (missing required, wrong type, enums, ranges,
 * cross-field rules, Go regular expressions). Types outside the registry give no issues (they are
 * shown read-only). Unknown values pass. Never throws.
 */
export function validateResourceConfig(type: string, rawConfig: TConfigObject): TValidationIssue[] {
  const config = withoutNulls(rawConfig);
  const definition = getResourceType(type, config);
  if (!definition) return [];
  const issues: TValidationIssue[] = [];
  if (definition.deprecated) {
    const { replacedBy, message } = definition.deprecated;
    const variant =
      definition.type === 'sysdig_secure_policy' ? ` (${definition.variant} schema)` : '';
    issues.push({
      code: 'deprecated-type',
      severity: 'warning',
      attribute: '',
      message: `${type}${variant} is deprecated: ${message}`,
      hint:
        replacedBy.length > 0
          ? `Use ${replacedBy.join(' or ')} instead.`
          : 'Remove it when moving to the current provider.',
    });
  }
  const otherNames =
    type === 'sysdig_secure_policy'
      ? new Set(
          getResourceVariants(type)
            .filter((other) => other !== definition)
            .flatMap((other) => other.attributes.map((meta) => meta.name)),
        )
      : new Set<string>();
  const shapeHint = otherNames.size > 0 ? detectPolicyShape(config).reason : '';
  issues.push(
    ...walkAttributes(config, definition.attributes, '', (name) =>
      otherNames.has(name)
        ? `"${name}" belongs to the other sysdig_secure_policy schema (${shapeHint}).`
        : undefined,
    ),
  );
  const parsed = definition.schema.safeParse(config);
  if (!parsed.success) issues.push(...issuesFromZod(parsed.error.issues, config));
  return dedupe(issues);
}

function walkAttributes(
  value: TConfigObject,
  attributes: readonly TAttributeMeta[],
  prefix: string,
  otherSchemaHint: (name: string) => string | undefined,
): TValidationIssue[] {
  const issues: TValidationIssue[] = [];
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const item = value[key];
    const meta = attributes.find((candidate) => candidate.name === key);
    if (meta && !meta.computed && !(meta.kind.startsWith('block') && meta.attributes)) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (!meta) {
      const settable = attributes.filter((other) => !other.computed).map((other) => other.name);
      const isBlock =
        Array.isArray(item) &&
        item.length > 0 &&
        item.every((element) => isPlainObject(element) && !isUnknown(element));
      const suggestion = closestMatch(key, settable);
      const hint =
        (prefix === '' ? otherSchemaHint(key) : undefined) ??
        (suggestion ? `Did you mean "${suggestion}"?` : `Known here: ${settable.join(', ')}.`);
      issues.push({
        code: 'unknown-attribute',
        severity: 'error',
        attribute: path,
        message: `Unsupported ${isBlock ? 'block type' : 'argument'} "${key}".`,
        hint,
      });
      continue;
    }
    if (meta.computed) {
      issues.push({
        code: 'unknown-attribute',
        severity: 'error',
        attribute: path,
        message: `"${key}" is computed by the provider and cannot be set.`,
        hint: `Remove ${key}.`,
      });
      continue;
    }
    if (meta.kind.startsWith('block') && meta.attributes) {
      const blocks = Array.isArray(item) ? item : isPlainObject(item) ? [item] : [];
      blocks.forEach((block, index) => {
        if (isPlainObject(block) && !isUnknown(block)) {
          const blockPath = Array.isArray(item) ? `${path}[${index}]` : path;
          issues.push(
            ...walkAttributes(
              block as TConfigObject,
              meta.attributes ?? [],
              blockPath,
              otherSchemaHint,
            ),
          );
        }
      });
    }
  }
  return issues;
}

function dedupe(issues: TValidationIssue[]): TValidationIssue[] {
  if (issues.length < 2) return issues;
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.code}|${issue.attribute}|${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

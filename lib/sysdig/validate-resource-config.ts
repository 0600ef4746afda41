import type {
  TAttributeMeta,
  TConfigObject,
  TResourceDefinition,
  TValidationIssue,
} from './definition.ts';
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
  const otherNames = otherSchemaNames(definition);
  const otherSchema =
    otherNames.size > 0
      ? { names: otherNames, reason: detectPolicyShape(config).reason }
      : undefined;
  walkAttributes(config, definition.attributes, '', otherSchema, issues);
  const parsed = definition.schema.safeParse(config);
  if (!parsed.success) issues.push(...issuesFromZod(parsed.error.issues, config));
  return dedupe(issues);
}

/** Attribute names of the other `sysdig_secure_policy` schema, and why the block is this one. */
interface TOtherSchema {
  names: ReadonlySet<string>;
  reason: string;
}

const NO_NAMES: ReadonlySet<string> = new Set();
const otherNamesByDefinition = new Map<TResourceDefinition, ReadonlySet<string>>();

// Names only the other variant of the type has (sysdig_secure_policy's two schemas), kept per
// definition.
function otherSchemaNames(definition: TResourceDefinition): ReadonlySet<string> {
  if (definition.type !== 'sysdig_secure_policy') return NO_NAMES;
  let names = otherNamesByDefinition.get(definition);
  if (!names) {
    names = new Set(
      getResourceVariants(definition.type)
        .filter((other) => other !== definition)
        .flatMap((other) => other.attributes.map((meta) => meta.name)),
    );
    otherNamesByDefinition.set(definition, names);
  }
  return names;
}

function walkAttributes(
  value: TConfigObject,
  attributes: readonly TAttributeMeta[],
  prefix: string,
  otherSchema: TOtherSchema | undefined,
  issues: TValidationIssue[],
): void {
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
        prefix === '' && otherSchema?.names.has(key)
          ? `"${key}" belongs to the other sysdig_secure_policy schema (${otherSchema.reason}).`
          : suggestion
            ? `Did you mean "${suggestion}"?`
            : `Known here: ${settable.join(', ')}.`;
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
      for (let index = 0; index < blocks.length; index++) {
        const block = blocks[index];
        if (isPlainObject(block) && !isUnknown(block)) {
          const blockPath = Array.isArray(item) ? `${path}[${index}]` : path;
          walkAttributes(block as TConfigObject, meta.attributes, blockPath, otherSchema, issues);
        }
      }
    }
  }
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

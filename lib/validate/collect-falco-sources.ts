import type { TRuleSource } from '../falco/collect-rule-entries.ts';
import { isUnknownValue, type TConfigValue } from '../terraform/config-value.ts';
import type { TEntity } from '../terraform/types.ts';

/** A Sysdig resource with its evaluated configuration. */
export interface TEvaluatedEntity {
  entity: TEntity;
  config: Record<string, TConfigValue>;
}

/**
 * The Falco rule sources of a module: its rules YAML files, the user rules file's content (as
 * the YAML file it was loaded from, when it is one of them), and the rules, macros and lists
 * defined as resources, each with the position of its condition for diagnostics. With `known`
 * (sources by configuration object, see TValidationMemo), a resource whose configuration object
 * was seen before gives the very source object it gave then.
 */
export function collectFalcoSources(
  yamlFiles: Array<{ path: string; text: string }>,
  resources: TEvaluatedEntity[],
  known?: WeakMap<object, TRuleSource | null>,
): TRuleSource[] {
  const sources: TRuleSource[] = yamlFiles.map((file) => ({
    kind: 'file',
    filename: file.path,
    text: file.text,
  }));
  const loadedTexts = new Set(yamlFiles.map((file) => file.text));
  for (const { entity, config } of resources) {
    // A user rules file's source depends on the YAML files loaded beside it: never reused.
    const isReusable = known !== undefined && entity.type !== 'sysdig_secure_user_rules_file';
    const seen = isReusable ? known.get(config) : undefined;
    if (seen !== undefined) {
      if (seen) sources.push(seen);
      continue;
    }
    const source = sourceOf(entity, config, loadedTexts);
    if (isReusable) known.set(config, source);
    if (source) sources.push(source);
  }
  return sources;
}

function sourceOf(
  entity: TEntity,
  config: Record<string, TConfigValue>,
  loadedTexts: ReadonlySet<string>,
): TRuleSource | null {
  const site = { file: entity.file, line: entity.range.line, column: entity.range.column };
  const conditionAttribute = entity.block.attributes.condition;
  const conditionStart = conditionAttribute
    ? conditionStartOf(conditionAttribute.source, conditionAttribute.valueRange)
    : undefined;
  const name = typeof config.name === 'string' ? config.name : null;
  if (entity.type === 'sysdig_secure_user_rules_file') {
    const content = config.content;
    // Loaded with file() from a YAML file we already read: its diagnostics point into that file.
    if (typeof content === 'string' && !loadedTexts.has(content)) {
      return {
        kind: 'file',
        filename: `${entity.file} (${entity.address}.content)`,
        text: content,
      };
    }
  } else if (entity.type === 'sysdig_secure_rule_falco' && name) {
    return {
      kind: 'rule',
      name,
      condition: stringOrUndefined(config.condition),
      append: config.append === true,
      source: stringOrUndefined(config.source),
      priority: stringOrUndefined(config.priority),
      site,
      conditionStart,
    };
  } else if (
    entity.type === 'sysdig_secure_macro' &&
    name &&
    typeof config.condition === 'string'
  ) {
    return {
      kind: 'macro',
      name,
      condition: config.condition,
      append: config.append === true,
      site,
      conditionStart,
    };
  } else if (entity.type === 'sysdig_secure_list' && name && Array.isArray(config.items)) {
    return {
      kind: 'list',
      name,
      items: config.items.filter((i): i is string => typeof i === 'string'),
      append: config.append === true,
      site,
    };
  }
  return null;
}

function stringOrUndefined(value: TConfigValue | undefined): string | undefined {
  return typeof value === 'string' && !isUnknownValue(value) ? value : undefined;
}

// Where the condition's first character is: after the opening quote, or on the line after a
// heredoc marker (with `<<-`, the indentation HCL strips is added back to every line's column).
function conditionStartOf(
  source: string,
  range: { line: number; column: number },
): { line: number; column: number; indent?: number } {
  if (!source.startsWith('<<')) return { line: range.line, column: range.column + 1 };
  const lines = source
    .split(/\r?\n/)
    .slice(1, -1)
    .filter((line) => line.trim() !== '');
  const indent = source.startsWith('<<-')
    ? Math.min(...lines.map((line) => line.length - line.trimStart().length))
    : 0;
  return {
    line: range.line + 1,
    column: 1 + (Number.isFinite(indent) ? indent : 0),
    indent: Number.isFinite(indent) ? indent : 0,
  };
}

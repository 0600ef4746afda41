import type { z } from 'zod';
import type { TConfigObject, TValidationIssue } from './definition.ts';
import { closestMatch } from './edit-distance.ts';

type TZodIssue = z.core.$ZodIssue;
type TPath = readonly PropertyKey[];

/** `actions[0].capture[0].name` from a zod path. */
export function formatPath(path: TPath): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    '',
  );
}

/**
 * Registry issues from zod issues: unions (value-or-unknown) are reported by their first option;
 * unrecognised keys are left to the attribute walk, which suggests names.
 */
export function issuesFromZod(
  issues: readonly TZodIssue[],
  config: TConfigObject,
  prefix: TPath = [],
): TValidationIssue[] {
  return issues.flatMap((issue) => fromIssue(issue, config, [...prefix, ...issue.path]));
}

function fromIssue(issue: TZodIssue, config: TConfigObject, path: TPath): TValidationIssue[] {
  const attribute = formatPath(configPath(config, path));
  const name = attribute || 'the resource';
  const value = valueAt(config, path);
  switch (issue.code) {
    case 'invalid_union':
      return issuesFromZod(issue.errors[0] ?? [], config, path);
    case 'unrecognized_keys':
      return [];
    case 'invalid_type':
      if (value === undefined) {
        return [
          {
            code: 'missing-required',
            severity: 'error',
            attribute,
            message: `"${name}" is required.`,
            hint: `Add ${lastKey(path)} = …`,
          },
        ];
      }
      return [
        {
          code: 'invalid-type',
          severity: 'error',
          attribute,
          message: `"${name}" must be ${article(issue.expected)}, not ${describe(value)}.`,
          hint:
            issue.expected === 'array'
              ? 'Write a list [ … ] (or a block for nested blocks).'
              : undefined,
        },
      ];
    case 'invalid_format':
      return [
        {
          code: 'invalid-type',
          severity: 'error',
          attribute,
          message: `"${name}": ${issue.message}.`,
        },
      ];
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const suggestion = typeof value === 'string' ? closestMatch(value, allowed) : undefined;
      return [
        {
          code: 'invalid-enum',
          severity: 'error',
          attribute,
          message: `"${name}" is ${JSON.stringify(value)}; expected one of ${allowed.join(', ')}.`,
          hint: suggestion ? `Did you mean "${suggestion}"?` : `Use one of ${allowed.join(', ')}.`,
        },
      ];
    }
    case 'too_small':
    case 'too_big': {
      const bound = `${issue.code === 'too_small' ? 'at least' : 'at most'} ${String(issue.code === 'too_small' ? issue.minimum : issue.maximum)}`;
      return [
        {
          code: 'out-of-range',
          severity: 'error',
          attribute,
          message: `"${name}" is ${JSON.stringify(value)}; it must be ${bound}.`,
        },
      ];
    }
    case 'custom': {
      const params = issue.params as { code?: TValidationIssue['code']; hint?: string } | undefined;
      const code = params?.code ?? 'invalid-value';
      const hint =
        params?.hint ??
        (code === 'invalid-regex'
          ? 'The provider compiles it with Go regexp (RE2): no lookaround, no backreferences.'
          : undefined);
      return [
        { code, severity: 'error', attribute, message: issue.message, ...(hint ? { hint } : {}) },
      ];
    }
    default:
      return [
        {
          code: 'invalid-value',
          severity: 'error',
          attribute,
          message: `"${name}": ${issue.message}`,
        },
      ];
  }
}

/** The zod path as written: a legacy single-object block (HCL1 `processes = { … }`) has no `[0]`. */
function configPath(config: unknown, path: TPath): TPath {
  const result: PropertyKey[] = [];
  let current: unknown = config;
  for (const key of path) {
    const isLegacyObject =
      typeof key === 'number' &&
      key === 0 &&
      typeof current === 'object' &&
      current !== null &&
      !Array.isArray(current);
    if (!isLegacyObject) {
      result.push(key);
      current =
        typeof current === 'object' && current !== null
          ? (current as Record<PropertyKey, unknown>)[key]
          : undefined;
    }
  }
  return result;
}

function valueAt(config: unknown, path: TPath): unknown {
  let current: unknown = config;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    // A legacy single-object block is addressed as element 0.
    if (typeof key === 'number' && !Array.isArray(current)) {
      if (key !== 0) return undefined;
      continue;
    }
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function lastKey(path: TPath): string {
  return String(path[path.length - 1] ?? '');
}

function article(expected: string): string {
  const word =
    expected === 'int'
      ? 'an integer'
      : expected === 'array'
        ? 'a list'
        : expected === 'object'
          ? 'a block or map'
          : `a ${expected}`;
  return word;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a block or map';
  return `${typeof value} ${JSON.stringify(value)}`;
}

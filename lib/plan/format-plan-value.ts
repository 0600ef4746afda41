import { SENSITIVE_MASK } from './plan-model.ts';

/** How one value is shown in the text plan. */
export interface TFormatOptions {
  readonly isSensitive?: boolean;
  /** The `after_unknown` mask at this value (`true` = wholly unknown). */
  readonly unknown?: unknown;
  /** Indentation of the line the value starts on. */
  readonly indent: string;
}

/**
 * A value as `terraform plan` prints it: strings quoted (JSON escapes), lists and objects over
 * several lines, `(known after apply)` where the mask says unknown, `(sensitive value)` for
 * sensitive ones, `null` for absent. Pure.
 */
export function formatPlanValue(value: unknown, options: TFormatOptions): string {
  const { unknown, indent } = options;
  if (unknown === true) return '(known after apply)';
  if (options.isSensitive && value !== null && value !== undefined) return SENSITIVE_MASK;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const masks = Array.isArray(unknown) ? unknown : [];
    const inner = `${indent}    `;
    const lines = value.map(
      (item, index) =>
        `${inner}${formatPlanValue(item, { unknown: masks[index], indent: `${indent}  ` })},`,
    );
    return `[\n${lines.join('\n')}\n${indent}  ]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    const masks = (typeof unknown === 'object' && unknown !== null ? unknown : {}) as Record<
      string,
      unknown
    >;
    const inner = `${indent}    `;
    const width = Math.max(...entries.map(([key]) => quoteKey(key).length));
    const lines = entries.map(
      ([key, item]) =>
        `${inner}${quoteKey(key).padEnd(width)} = ${formatPlanValue(item, { unknown: masks[key], indent: `${indent}  ` })}`,
    );
    return `{\n${lines.join('\n')}\n${indent}  }`;
  }
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function quoteKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : JSON.stringify(key);
}

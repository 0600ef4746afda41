import { checkUnknownKeys } from './check-unknown-keys.ts';
import type { TItemReporter } from './create-item-reporter.ts';
import { ITEM_KEYS } from './falco-vocabulary.ts';

const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

/**
 * Validates `required_engine_version` (a non-negative integer or an "x.y.z" semver string) and
 * `required_plugin_versions` (a sequence of `{name, version, alternatives?}` mappings), as
 * rule_loader_reader.cpp does. Side effect: diagnostics on `reporter`.
 */
export function validateVersionItem(reporter: TItemReporter): void {
  const kind = reporter.item.kind;
  if (kind === 'required_engine_version') {
    const value = reporter.field(kind)?.value;
    const isValid =
      (typeof value === 'number' && Number.isInteger(value) && value >= 0) ||
      (typeof value === 'string' && (SEMVER.test(value) || /^\d+$/.test(value)));
    if (!isValid) {
      reporter.report(
        'error',
        'invalid-engine-version',
        `Unable to parse engine version '${String(value)}' as a semver string. Expected "x.y.z" semver format.`,
        kind,
      );
    }
    checkUnknownKeys(reporter, ITEM_KEYS.required_engine_version);
    return;
  }
  const value = reporter.field('required_plugin_versions')?.value;
  if (!Array.isArray(value)) {
    reporter.report(
      'error',
      'invalid-plugin-versions',
      'Value of required_plugin_versions must be a sequence',
      'required_plugin_versions',
    );
  } else {
    value.forEach((plugin: unknown, index) => {
      const message = checkPlugin(plugin);
      if (message)
        reporter.report(
          'error',
          'invalid-plugin-versions',
          `Plugin ${index + 1}: ${message}`,
          'required_plugin_versions',
        );
    });
  }
  checkUnknownKeys(reporter, ITEM_KEYS.required_plugin_versions);
}

function checkPlugin(plugin: unknown, isAlternative = false): string | undefined {
  const what = isAlternative ? 'Plugin version alternative' : 'Plugin version';
  if (plugin === null || typeof plugin !== 'object' || Array.isArray(plugin))
    return `${what} must be a mapping`;
  const record = plugin as Record<string, unknown>;
  for (const key of ['name', 'version']) {
    const entry = record[key];
    if (entry === undefined) return `Item has no mapping for key '${key}'`;
    if (entry === null || entry === '' || typeof entry === 'object')
      return `Value for key '${key}' must be a non-empty scalar`;
  }
  if (record.alternatives === undefined) return undefined;
  if (!Array.isArray(record.alternatives))
    return 'Value of plugin version alternatives must be a sequence';
  for (const alternative of record.alternatives) {
    const message = checkPlugin(alternative, true);
    if (message) return message;
  }
  return undefined;
}

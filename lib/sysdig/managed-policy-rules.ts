import type { TConfigValue } from '../terraform/config-value.ts';
import { array, record, text } from './api-read.ts';
import { attribute } from './attribute-meta.ts';
import type { TAttributeMeta } from './definition.ts';
import { isUnknown, listOf } from './schema-helpers.ts';
import { unresolvedMarker } from './unresolved.ts';

/** Metadata of `disabled_rules` (managed policy and managed ruleset). */
export const disabledRulesAttribute: TAttributeMeta = attribute('disabled_rules', 'set', {
  help: 'Rules of the managed policy to turn off; every other rule is enabled.',
  elementKind: 'string',
});

/**
 * The managed policy's `rules` with `enabled = false` for names in `disabled_rules` and true for the
 * rest (spec §4.7). Without the live managed policy the rules are a known-after-apply marker.
 */
export function rulesWithDisabled(
  live: Record<string, unknown> | undefined,
  disabledRules: TConfigValue | undefined,
  what: string,
): unknown {
  if (!live) return unresolvedMarker(`rules of ${what} (read from Secure at apply)`);
  const disabled = new Set(
    listOf(disabledRules).filter(
      (name): name is string => typeof name === 'string' && !isUnknown(name),
    ),
  );
  return array(live.rules).map((rule) => {
    const ruleName = text(record(rule).ruleName);
    return { ruleName, enabled: !disabled.has(ruleName) };
  });
}

/** Read mapping of `disabled_rules`: names of the API rules with `enabled: false`. */
export function decodeDisabledRules(object: unknown): string[] {
  return array(record(object).rules)
    .map(record)
    .filter((rule) => rule.enabled === false)
    .map((rule) => text(rule.ruleName));
}

/** `target.live` as an object, or undefined. */
export function liveObject(live: unknown): Record<string, unknown> | undefined {
  return typeof live === 'object' && live !== null && !Array.isArray(live)
    ? (live as Record<string, unknown>)
    : undefined;
}

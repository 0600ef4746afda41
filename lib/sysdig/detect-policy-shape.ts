import type { TConfigObject } from './definition.ts';
import { blocksOf, isPlainObject } from './schema-helpers.ts';

/** Which `sysdig_secure_policy` schema a configuration is written against. */
export interface TPolicyShape {
  readonly shape: '2018' | 'v1.60';
  /** Why, naming the attributes that decided it. */
  readonly reason: string;
  readonly markers2018: readonly string[];
  readonly markersV160: readonly string[];
}

const ONLY_2018 = [
  'falco_rule_name_regex',
  'container_scope',
  'host_scope',
  'filter',
  'processes',
  'containers',
  'syscalls',
  'network',
  'filesystem',
];
const ONLY_V160 = ['rule_names', 'type', 'scope', 'runbook'];

/**
 * Tells the SEED (2018) and V1.60 `sysdig_secure_policy` schemas apart (spec §2.1 vs §4.2) from the
 * attributes present: 2018-only attributes (regex, scopes, list blocks) vs V1.60-only ones
 * (rule_names, type, scope, runbook, and capture `name`/`kill_process` inside actions). The side with
 * more markers wins; a tie or no marker at all picks V1.60, the later schema, unless the 2018 side
 * has the regex (required there). Never throws.
 */
export function detectPolicyShape(config: TConfigObject): TPolicyShape {
  const markers2018 = ONLY_2018.filter(
    (name) => config[name] !== undefined && config[name] !== null,
  );
  const markersV160 = ONLY_V160.filter(
    (name) => config[name] !== undefined && config[name] !== null,
  );
  const actions = blocksOf(config.actions)[0];
  if (actions) {
    if (actions.kill_process !== undefined && actions.kill_process !== null)
      markersV160.push('actions.kill_process');
    const capture = actions.capture;
    if (isPlainObject(capture) && !('$unknown' in capture))
      markers2018.push('actions.capture (map)');
    if (
      blocksOf(capture).some((block) =>
        [block.name, block.folder, block.bucket_name].some(
          (value) => value !== undefined && value !== null,
        ),
      )
    ) {
      markersV160.push('actions.capture.name');
    }
  }
  const list = (names: readonly string[]) => names.join(', ');
  if (
    markers2018.length > markersV160.length ||
    (markers2018.length === markersV160.length && markers2018.includes('falco_rule_name_regex'))
  ) {
    const mixed =
      markersV160.length > 0 ? `; also has ${list(markersV160)} from the later schema` : '';
    return {
      shape: '2018',
      reason: `2018 schema: has ${list(markers2018)}${mixed}`,
      markers2018,
      markersV160,
    };
  }
  if (markersV160.length === 0 && markers2018.length === 0) {
    return {
      shape: 'v1.60',
      reason: 'no schema-specific attribute; assuming the later (v1.60) schema',
      markers2018,
      markersV160,
    };
  }
  const mixed =
    markers2018.length > 0 ? `; also has ${list(markers2018)} from the 2018 schema` : '';
  return {
    shape: 'v1.60',
    reason: `v1.60 schema: has ${list(markersV160)}${mixed}`,
    markers2018,
    markersV160,
  };
}

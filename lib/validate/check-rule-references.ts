import { compileGoRegex } from '../sysdig/check-go-regex.ts';
import type { TConfigValue } from '../terraform/config-value.ts';
import type { TEvaluatedEntity } from './collect-falco-sources.ts';
import { listNamedRules } from './list-named-rules.ts';
import { locateAttribute } from './locate-attribute.ts';
import type { TValidationDiagnostic } from './types.ts';

/** What is known of rule names: the module's own rules and, when read, the backend's. */
export interface TKnownRules {
  names: Set<string>;
  /** True when the backend's rules are included (then an unknown name is an error). */
  isBackendIncluded: boolean;
  /** False when a rules source could not be loaded (then "matches nothing" cannot be judged). */
  isComplete: boolean;
  /** Resolves `<type>.<name>.name` references to the referenced resource's name. */
  nameOfReference: (value: TConfigValue) => string | null;
}

/**
 * Policies must name rules that exist: custom policy `rules[].name` and v1.60 `rule_names` against
 * the module's rules, the user rules file and the backend's known rules; the 2018
 * `falco_rule_name_regex` should match at least one known rule.
 */
export function checkRuleReferences(
  resources: TEvaluatedEntity[],
  known: TKnownRules,
): TValidationDiagnostic[] {
  const diagnostics: TValidationDiagnostic[] = [];
  for (const { entity, config } of resources) {
    const named = listNamedRules(entity.type, config);
    for (const { value, attribute } of named) {
      const name = typeof value === 'string' ? value : known.nameOfReference(value);
      if (name === null || known.names.has(name)) continue;
      const range = locateAttribute(entity.block, attribute.replace(/\[\d+\]$/, ''));
      diagnostics.push({
        severity: known.isBackendIncluded ? 'error' : 'warning',
        code: 'unknown-rule',
        message: `no rule named "${name}" in this module, its rules files${known.isBackendIncluded ? ', or Secure' : ''}`,
        file: entity.file,
        line: range.line,
        column: range.column,
        address: entity.address,
        attribute,
        hint: known.isBackendIncluded
          ? 'check the spelling, or define the rule with sysdig_secure_rule_falco'
          : 'define it with sysdig_secure_rule_falco, or check that Secure has it (run a plan)',
      });
    }
    const regex = config.falco_rule_name_regex;
    if (
      entity.type === 'sysdig_secure_policy' &&
      typeof regex === 'string' &&
      known.isComplete &&
      known.names.size > 0
    ) {
      // RE2 semantics and linear time: a hostile pattern cannot hang validation.
      const pattern = compileGoRegex(regex);
      if (pattern && ![...known.names].some((name) => pattern.test(name))) {
        const range = locateAttribute(entity.block, 'falco_rule_name_regex');
        diagnostics.push({
          severity: 'warning',
          code: 'regex-matches-nothing',
          message: `falco_rule_name_regex "${regex}" matches no known rule`,
          file: entity.file,
          line: range.line,
          column: range.column,
          address: entity.address,
          attribute: 'falco_rule_name_regex',
          hint: `known rules: ${[...known.names].slice(0, 5).join(', ')}${known.names.size > 5 ? ', …' : ''}`,
        });
      }
    }
  }
  return diagnostics;
}

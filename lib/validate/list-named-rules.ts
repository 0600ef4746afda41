import { isUnknownValue, type TConfigValue } from '../terraform/config-value.ts';

/**
 * The rule names a policy lists, as written (a string or a reference such as
 * `sysdig_secure_rule_falco.x.name`), with the attribute path each sits at: a custom policy's
 * `rules[i].name`, a v1.60 `sysdig_secure_policy`'s `rule_names[i]`. Other types list none. Pure.
 */
export function listNamedRules(
  type: string,
  config: Record<string, TConfigValue>,
): Array<{ value: TConfigValue; attribute: string }> {
  const named: Array<{ value: TConfigValue; attribute: string }> = [];
  if (type === 'sysdig_secure_custom_policy' && Array.isArray(config.rules)) {
    config.rules.forEach((rule, index) => {
      if (
        rule &&
        typeof rule === 'object' &&
        !Array.isArray(rule) &&
        !isUnknownValue(rule) &&
        rule.name !== undefined
      )
        named.push({ value: rule.name, attribute: `rules[${index}].name` });
    });
  }
  if (type === 'sysdig_secure_policy' && Array.isArray(config.rule_names))
    config.rule_names.forEach((value, index) =>
      named.push({ value, attribute: `rule_names[${index}]` }),
    );
  return named;
}

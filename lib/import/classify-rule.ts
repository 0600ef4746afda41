import { classifyFalcoContent } from './classify-falco-content.ts';
import type { TClassification } from './types.ts';

// spec §3.1: list-matching rule types, deprecated and rejected by the backend in 2026.
const DEPRECATED_RULE_TYPES = new Set(['CONTAINER', 'FILESYSTEM', 'NETWORK', 'PROCESS', 'SYSCALL']);

/**
 * `sysdig_secure_rule_falco` for a user's Falco rule; skips Sysdig-owned rules (see
 * `isSysdigOwned`), the deprecated list-matching types (their `sysdig_secure_rule_<type>`
 * resources no longer work) and any other rule type (stateful, drift, ML: not modelled).
 */
export function classifyRule(rule: Record<string, unknown>): TClassification {
  const details = (
    typeof rule.details === 'object' && rule.details !== null ? rule.details : {}
  ) as Record<string, unknown>;
  const ruleType = String(details.ruleType ?? 'FALCO').toUpperCase();
  if (DEPRECATED_RULE_TYPES.has(ruleType)) {
    return {
      kind: 'skip',
      code: 'deprecated-rule-type',
      reason: `${ruleType} rules (sysdig_secure_rule_${ruleType.toLowerCase()}) are deprecated and rejected by the backend`,
    };
  }
  if (ruleType !== 'FALCO') {
    return {
      kind: 'skip',
      code: 'unsupported-rule-type',
      reason: `rule type ${ruleType} is not modelled by Rampart`,
    };
  }
  return classifyFalcoContent(rule, 'sysdig_secure_rule_falco');
}

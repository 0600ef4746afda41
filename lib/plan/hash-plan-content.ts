import { hashStable } from './hash-stable.ts';
import type { TPlan } from './plan-model.ts';

/**
 * SHA-256 of a plan's canonical content: its resource changes, unmanaged objects, forgotten and
 * ignored resources, as JSON with sorted keys (so a plan read back from storage or re-parsed by
 * ZPlan hashes the same; computePlan sorts every list). Excludes where each resource is written
 * (file, line), the id, the commit and the live fingerprint (they identify the plan alongside this
 * hash) and any timestamp, so the same changes hash the same. Pure.
 */
export function hashPlanContent(
  plan: Pick<TPlan, 'format_version' | 'resource_changes' | 'unmanaged' | 'forgotten' | 'ignored'>,
): string {
  return hashStable({
    format_version: plan.format_version,
    resource_changes: plan.resource_changes.map(
      ({ file: _file, line: _line, ...change }) => change,
    ),
    unmanaged: plan.unmanaged,
    forgotten: plan.forgotten,
    ignored: plan.ignored,
  });
}

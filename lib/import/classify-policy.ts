import type { TClassification } from './types.ts';

// Policy types the registry's v2 policy schemas accept (spec §4.1 `validatePolicyType`).
const V2_POLICY_TYPES = new Set([
  'falco',
  'k8s_audit',
  'aws_cloudtrail',
  'awscloudtrail',
  'gcp_auditlog',
  'azure_platformlogs',
  'okta',
  'github',
  'guardduty',
  'awscloudtrail_stateful',
  'malware',
  'drift',
  'aws_machine_learning',
  'machine_learning',
]);

// spec §4.7: composite policies have their own resources, written through the batch endpoints.
const COMPOSITE_RESOURCES: Readonly<Record<string, string>> = {
  drift: 'sysdig_secure_drift_policy',
  malware: 'sysdig_secure_malware_policy',
  machine_learning: 'sysdig_secure_ml_policy',
  aws_machine_learning: 'sysdig_secure_aws_ml_policy',
  okta_machine_learning: 'sysdig_secure_okta_ml_policy',
};

/**
 * The resource type for a live v2 policy: `isDefault` → `sysdig_secure_managed_policy`; a template
 * instance (`templateId != 0`) is skipped with the provider's own reason (its importer rejects it,
 * #736); `isDefault == false && templateId == 0` → `sysdig_secure_custom_policy`. Composite
 * (drift, malware, ML) custom policies and types the provider no longer accepts are skipped.
 */
export function classifyPolicy(policy: Record<string, unknown>): TClassification {
  const type = typeof policy.type === 'string' && policy.type !== '' ? policy.type : 'falco';
  if (!V2_POLICY_TYPES.has(type)) {
    return {
      kind: 'skip',
      code: 'unsupported-policy-type',
      reason:
        type === 'list_matching'
          ? 'list_matching policies were removed from the backend on 2026-02-28'
          : `policy type ${JSON.stringify(type)} is not accepted by the current provider`,
    };
  }
  if (policy.isDefault === true) return { kind: 'import', type: 'sysdig_secure_managed_policy' };
  const templateId = typeof policy.templateId === 'number' ? policy.templateId : 0;
  if (templateId !== 0) {
    return {
      kind: 'skip',
      code: 'template-policy',
      reason: `instantiated from policy template ${templateId}: the provider refuses to import it ("unable to import policy that is not a custom policy", #736)`,
    };
  }
  const composite = COMPOSITE_RESOURCES[type];
  if (composite) {
    return {
      kind: 'skip',
      code: 'unsupported-policy-type',
      reason: `${type} policies are ${composite} resources, which Rampart does not model`,
    };
  }
  return { kind: 'import', type: 'sysdig_secure_custom_policy' };
}

/**
 * lib/sysdig: the registry of Sysdig Secure resource types (both provider eras): schemas, form
 * metadata, API payloads, Read mapping, canonical forms for diffing, validation. Pure.
 */
export type {
  TApiFamily,
  TApiPayload,
  TApiRefs,
  TApiTarget,
  TAttributeKind,
  TAttributeMeta,
  TConfigObject,
  TDeprecation,
  TEra,
  TResourceDefinition,
  TValidationIssue,
} from './definition.ts';
export {
  getResourceType,
  getResourceVariants,
  isSysdigType,
  listResourceTypes,
} from './registry.ts';
export { detectPolicyShape, type TPolicyShape } from './detect-policy-shape.ts';
export { findUnresolved, resolveIdValue, unresolvedMarker } from './unresolved.ts';
export { mergePriorities } from './merge-priorities.ts';
export { checkGoRegex, compileGoRegex, type TRegexCheck } from './check-go-regex.ts';
export { stableJson, toGoJson } from './stable-json.ts';
export { validateResourceConfig } from './validate-resource-config.ts';
export { PROVIDER_SECRET_ARGUMENTS, validateProviderConfig } from './validate-provider-config.ts';
export { resolveReferences } from './resolve-references.ts';
export { APPLY_ORDER, ALL_CHANNEL_TYPES, CURRENT_CHANNEL_TYPES } from './type-names.ts';

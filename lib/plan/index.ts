/**
 * lib/plan: the diff engine (desired vs live → per-resource actions and attribute diffs), the plan
 * model (close to `terraform show -json`), its text rendering, apply ordering and the bookkeeping
 * of bindings after each apply step. Pure.
 */
export { computePlan, type TPlanInput } from './compute-plan.ts';
export { renderPlanText } from './render-plan-text.ts';
export {
  orderApplySteps,
  type TApplyStage,
  type TApplyStep,
  type TStepAction,
} from './order-apply-steps.ts';
export { bindingsAfterStep, type TStepResult } from './bindings-after-step.ts';
export { resolveStepConfig } from './resolve-step-config.ts';
export { buildLiveSnapshot, type TLiveLists } from './build-live-snapshot.ts';
export { fingerprintLive } from './fingerprint-live.ts';
export { hashPlanContent } from './hash-plan-content.ts';
export { hashSha256 } from './hash-sha256.ts';
export { isSamePlan } from './is-same-plan.ts';
export { emptyLiveSnapshot } from './empty-live-snapshot.ts';
export {
  LIVE_COLLECTIONS,
  ZBinding,
  ZBindings,
  ZLiveSnapshot,
  type TBinding,
  type TBindings,
  type TLiveCollection,
  type TLiveSnapshot,
} from './live-snapshot.ts';
export {
  PLAN_FORMAT_VERSION,
  SENSITIVE_MASK,
  ZAttributeChange,
  ZDesiredResource,
  ZDrift,
  ZPlan,
  ZPlanAction,
  ZPlanSummary,
  ZResourceChange,
  ZUnmanagedObject,
  type TAttributeChange,
  type TDesiredResource,
  type TDrift,
  type TPlan,
  type TPlanAction,
  type TPlanSummary,
  type TResourceChange,
  type TUnmanagedObject,
} from './plan-model.ts';
export { matchesPlanText, type TSearchableChange } from './matches-plan-text.ts';

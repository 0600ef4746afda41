import type { TPlan } from './plan-model.ts';

/**
 * True when a plan recomputed at apply time is the reviewed one (DESIGN §3 "Apply": refuse if it
 * differs): same content hash and same commit. The live fingerprint may differ: a live change that
 * alters no action, attribute diff or unmanaged object (a version bump, `modifiedOn`) does not
 * change the plan. Pure.
 */
export function isSamePlan(
  reviewed: Pick<TPlan, 'contentHash' | 'commit'>,
  recomputed: Pick<TPlan, 'contentHash' | 'commit'>,
): boolean {
  return reviewed.contentHash === recomputed.contentHash && reviewed.commit === recomputed.commit;
}

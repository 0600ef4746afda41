import { z } from 'zod';
import type { TConfigObject } from '../sysdig/index.ts';

/** Version of the plan JSON shape (close to `terraform show -json`'s `format_version`). */
export const PLAN_FORMAT_VERSION = '1.0';

/** What the masked JSON and text show in place of a sensitive value. */
export const SENSITIVE_MASK = '(sensitive value)';

/**
 * One action of a resource change. `adopt` = an unbound object matched by natural key is taken over
 * (shown as an import); `replace` = a ForceNew attribute differs (delete + create, see
 * `replaceOrder`); `delete` only for objects bound earlier and since removed from code.
 */
export const ZPlanAction = z.enum(['create', 'update', 'replace', 'delete', 'adopt', 'no-op']);

/** A plan action. */
export type TPlanAction = z.infer<typeof ZPlanAction>;

/** One attribute difference, labelled like the form (`Severity`, `Actions › Capture › Name`). */
export const ZAttributeChange = z.object({
  /** `severity`, `actions[0].capture[0].name`. */
  path: z.string(),
  label: z.string(),
  /** Masked (SENSITIVE_MASK) when isSensitive; null when absent. */
  before: z.unknown(),
  /** Masked when isSensitive; null when unknown (isUnknownAfter) or absent. */
  after: z.unknown(),
  isSensitive: z.boolean(),
  isUnknownAfter: z.boolean(),
  forceNew: z.boolean(),
});

/** An attribute change. */
export type TAttributeChange = z.infer<typeof ZAttributeChange>;

/** An attribute changed outside code since the last apply (`lastLive` → live now). */
export const ZDrift = z.object({
  path: z.string(),
  label: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  isSensitive: z.boolean(),
});

/** A drift entry. */
export type TDrift = z.infer<typeof ZDrift>;

/** The change of one resource (Terraform's `resource_changes[]` plus Rampart fields). */
export const ZResourceChange = z.object({
  address: z.string(),
  type: z.string(),
  name: z.string(),
  /** Registry variant (`2018`, `v1.60`, `current`) and API family. */
  variant: z.string(),
  apiFamily: z.string(),
  /** Apply rank from the registry (channels 10 … priorities 60). */
  applyOrder: z.number(),
  /** Id of the remote object (bound or adopted); absent when it is to be created. */
  liveId: z.string().optional(),
  /** Addresses of the resources this configuration references (apply ordering). */
  dependsOn: z.array(z.string()),
  file: z.string().optional(),
  line: z.number().optional(),
  change: z.object({
    actions: z.array(ZPlanAction),
    /** Canonical live object (masked), null on create. */
    before: z.unknown(),
    /** Canonical desired object (masked, unknowns as null), null on delete. */
    after: z.unknown(),
    after_unknown: z.unknown(),
    before_sensitive: z.unknown(),
    after_sensitive: z.unknown(),
    replaceOrder: z.enum(['create-before-delete', 'delete-before-create']).optional(),
  }),
  attributes: z.array(ZAttributeChange),
  drift: z.array(ZDrift),
  /** Things a reviewer should know (dangling references, objects deleted outside code…). */
  notes: z.array(z.string()),
});

/** A resource change. */
export type TResourceChange = z.infer<typeof ZResourceChange>;

/** A live object no resource of the code represents (never deleted by a plan). */
export const ZUnmanagedObject = z.object({
  apiFamily: z.string(),
  id: z.string(),
  name: z.string(),
  /** The resource type that could represent it (for an import), when known. */
  suggestedType: z.string().optional(),
  /** Sysdig-managed (default) policies and built-ins. */
  isDefault: z.boolean(),
});

/** An unmanaged object. */
export type TUnmanagedObject = z.infer<typeof ZUnmanagedObject>;

/** A binding whose remote object no longer exists and whose resource left the code: forget it. */
export const ZForgottenBinding = z.object({ address: z.string(), id: z.string() });

/** Counts of the plan (replace counts once in add and once in destroy, like Terraform). */
export const ZPlanSummary = z.object({
  add: z.number().int(),
  change: z.number().int(),
  destroy: z.number().int(),
  import: z.number().int(),
  replace: z.number().int(),
  noOp: z.number().int(),
});

/** Plan counts. */
export type TPlanSummary = z.infer<typeof ZPlanSummary>;

/** A resource of the code the registry does not model: listed, never planned. */
export const ZIgnoredResource = z.object({
  address: z.string(),
  type: z.string(),
  reason: z.string(),
});

/**
 * A plan: desired vs live → per-resource actions and attribute diffs (DESIGN §1, §3). Identified by
 * `contentHash` (its canonical content), `commit` and `liveFingerprint` (the live state it read).
 * Never contains a raw sensitive value.
 */
export const ZPlan = z.object({
  format_version: z.literal(PLAN_FORMAT_VERSION),
  id: z.string(),
  contentHash: z.string(),
  commit: z.string().nullable(),
  liveFingerprint: z.string(),
  summary: ZPlanSummary,
  resource_changes: z.array(ZResourceChange),
  unmanaged: z.array(ZUnmanagedObject),
  forgotten: z.array(ZForgottenBinding),
  ignored: z.array(ZIgnoredResource),
});

/** A plan (see ZPlan). */
export type TPlan = z.infer<typeof ZPlan>;

/** One desired resource: evaluated configuration (HCL-JSON shape) from the module model. */
export const ZDesiredResource = z.object({
  address: z.string(),
  type: z.string(),
  name: z.string(),
  config: z.record(z.string(), z.unknown()),
  file: z.string().optional(),
  line: z.number().optional(),
});

/** A desired resource; `config` is a TConfigObject (unknown values are TUnknownValue markers). */
export type TDesiredResource = Omit<z.infer<typeof ZDesiredResource>, 'config'> & {
  config: TConfigObject;
};

import { z } from 'zod';

/** A 2018 policy order: the `policies` list of a `sysdig_secure_policies_priority`, as written. */
export const ZPolicyOrder = z.object({
  address: z.string(),
  file: z.string(),
  etag: z.string(),
  /** Each element's expression text, e.g. `sysdig_secure_policy.web_tier_baseline.id`. */
  policies: z.array(z.string()),
});
export type TPolicyOrder = z.infer<typeof ZPolicyOrder>;

export const ZPolicyOrders = z.object({ orders: z.array(ZPolicyOrder) });

/** Reorder: `order[i]` is the current index of the element that moves to position i. */
export const ZReorderPolicies = z.object({
  address: z.string().min(1).max(300),
  baseEtag: z.string().min(1).max(64),
  order: z.array(z.number().int().min(0)).min(1).max(10_000),
});
export type TReorderPolicies = z.infer<typeof ZReorderPolicies>;

import { z } from 'zod';
import { ZPlan } from '../plan/plan-model.ts';

/** A plan of the draft against the workspace's Secure backend (sensitive values are masked). */
export const ZDraftPlan = z.object({
  plan: ZPlan,
  text: z.string(),
  requestCount: z.number(),
  isDraftClean: z.boolean(),
});
export type TDraftPlan = z.infer<typeof ZDraftPlan>;

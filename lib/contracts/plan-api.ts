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

/** Plans and applies of a workspace (history). */
export const ZRunList = z.object({
  runs: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['plan', 'apply']),
      actor: z.string(),
      time: z.string(),
      commit: z.string().nullable(),
      status: z.string(),
      summary: z.object({
        add: z.number(),
        change: z.number(),
        destroy: z.number(),
        import: z.number(),
      }),
      drift: z.number().optional(),
      message: z.string().optional(),
      steps: z
        .array(
          z.object({
            address: z.string(),
            action: z.string(),
            status: z.string(),
            error: z.string().optional(),
          }),
        )
        .optional(),
    }),
  ),
});
export type TRunList = z.infer<typeof ZRunList>;

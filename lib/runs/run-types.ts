import { z } from 'zod';

/** Where one apply step stands. */
export const ZStepStatus = z.enum(['not-started', 'running', 'done', 'failed']);

/** One step of an apply run, as reported live and recorded. */
export const ZRunStep = z.object({
  stepId: z.string(),
  address: z.string(),
  action: z.string(),
  stage: z.number(),
  status: ZStepStatus,
  error: z.string().optional(),
});
export type TRunStep = z.infer<typeof ZRunStep>;

/** The record of an apply (or plan) run, as kept in `<data dir>/runs/<id>.json` and in the audit log. */
export const ZRunRecord = z.object({
  id: z.string(),
  kind: z.enum(['plan', 'apply']),
  actor: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().optional(),
  commit: z.string().nullable(),
  planHash: z.string(),
  summary: z.object({
    add: z.number(),
    change: z.number(),
    destroy: z.number(),
    import: z.number(),
    replace: z.number(),
    noOp: z.number(),
  }),
  status: z.enum(['running', 'succeeded', 'failed', 'refused']),
  message: z.string().optional(),
  steps: z.array(ZRunStep),
  requestCount: z.number().optional(),
  workspace: z.string().optional(),
  backend: z.string().optional(),
});
export type TRunRecord = z.infer<typeof ZRunRecord>;

/** A progress event of a running apply (streamed to the browser). */
export type TRunEvent = { type: 'step'; step: TRunStep } | { type: 'finished'; record: TRunRecord };

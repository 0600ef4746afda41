import { z } from 'zod';

/** RFC 9457 problem details, as every failing route answers (STYLE.md "Errors"). */
export const ZProblem = z.object({
  type: z.string().default('about:blank'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  requestId: z.string(),
  invalid_params: z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});

export type TProblem = z.infer<typeof ZProblem>;

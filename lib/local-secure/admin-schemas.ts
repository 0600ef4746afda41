import 'server-only';
import { z } from 'zod';

/** A partial update of the switches (admin `PUT {basePath}/_admin/switches`); unknown keys rejected. */
export const ZSwitchesPatch = z
  .strictObject({
    autoAppendV1PolicyToPriorities: z.boolean(),
    removeDeletedV1PolicyFromPriorities: z.boolean(),
    missingChannelReturnsNull: z.boolean(),
    validateConditions: z.boolean(),
    conditionValidationStatus: z.union([z.literal(400), z.literal(422)]),
    conflictOnStaleVersion: z.boolean(),
    requireVersionOnUpdate: z.boolean(),
    rejectUnknownRuleNames: z.boolean(),
    rejectListMatchingRuleTypes: z.boolean(),
    emitRuleWarnings: z.boolean(),
    v2PolicyDeleteStatus: z.union([z.literal(200), z.literal(204)]),
    defaultListLimit: z.number().int().nonnegative().nullable(),
  })
  .partial();

/** One fault rule as posted to `POST {basePath}/_admin/faults`. */
export const ZFaultInput = z.strictObject({
  method: z.string().min(1).optional(),
  pathPattern: z
    .string()
    .refine((pattern) => {
      try {
        new RegExp(pattern);
        return true;
      } catch {
        return false;
      }
    }, 'must be a valid regular expression')
    .optional(),
  afterCount: z.number().int().nonnegative().optional(),
  times: z.number().int().positive().optional(),
  rate: z.number().min(0).max(1).optional(),
  latencyMs: z.number().int().nonnegative().max(600_000).optional(),
  drop: z.boolean().optional(),
  status: z.number().int().min(100).max(599).optional(),
  retryAfter: z.number().int().nonnegative().optional(),
  bodyShape: z.enum(['errors', 'spring', 'message', 'details', 'text']).optional(),
  message: z.string().optional(),
});

/** The inferred input type of a fault rule. */
export type TFaultInput = z.infer<typeof ZFaultInput>;

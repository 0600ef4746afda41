import { z } from 'zod';

/** A validation finding as the browser shows it (same shape as `rampart validate --format json`). */
export const ZDiagnostic = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  message: z.string(),
  file: z.string(),
  line: z.number(),
  column: z.number(),
  endLine: z.number().optional(),
  endColumn: z.number().optional(),
  address: z.string().optional(),
  attribute: z.string().optional(),
  hint: z.string().optional(),
});
export type TDiagnostic = z.infer<typeof ZDiagnostic>;

export const ZIndexedResource = z.object({
  address: z.string(),
  type: z.string(),
  name: z.string(),
  file: z.string(),
  line: z.number(),
  era: z.enum(['2018', 'current', 'other']),
});
export type TIndexedResource = z.infer<typeof ZIndexedResource>;

/** The draft's index: per root module, its resources and diagnostics. */
export const ZDraftIndex = z.object({
  branch: z.string(),
  roots: z.array(
    z.object({
      root: z.string(),
      resources: z.array(ZIndexedResource),
      diagnostics: z.array(ZDiagnostic),
    }),
  ),
});
export type TDraftIndex = z.infer<typeof ZDraftIndex>;

/** The draft's changes against HEAD, per resource and field (labels as in the form). */
export const ZDraftChanges = z.object({
  resources: z.array(
    z.object({
      address: z.string(),
      type: z.string(),
      change: z.enum(['added', 'removed', 'changed']),
      /** The file the resource is in, and that draft file's ETag (to discard the resource). */
      file: z.string(),
      etag: z.string(),
      attributes: z.array(
        z.object({
          path: z.string(),
          label: z.string(),
          before: z.unknown(),
          after: z.unknown(),
          isSensitive: z.boolean(),
        }),
      ),
    }),
  ),
});
export type TDraftChanges = z.infer<typeof ZDraftChanges>;

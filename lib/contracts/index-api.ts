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

/** A "uses" edge (see `collectRelations` in lib/validate): `from` uses `to`, defined at file:line. */
export const ZRelation = z.object({
  from: z.string(),
  to: z.string(),
  kind: z.enum(['reference', 'rule', 'macro', 'list']),
  via: z.string(),
  file: z.string(),
  line: z.number(),
  isResource: z.boolean(),
});
export type TRelation = z.infer<typeof ZRelation>;

/** A variable, local, data source or output and where it is declared. */
export const ZSymbol = z.object({ address: z.string(), file: z.string(), line: z.number() });
export type TSymbol = z.infer<typeof ZSymbol>;

const collator = new Intl.Collator('en');

/**
 * How the index and the resource browser order text (addresses, types, files): one collation on
 * the server and in the browser. One collator for every comparison (`localeCompare` builds one
 * per call, which dominates sorting 10,000 rows).
 */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * The draft's index: per root module, its resources (in address order, see compareText),
 * diagnostics, relations and symbols.
 */
export const ZDraftIndex = z.object({
  branch: z.string(),
  roots: z.array(
    z.object({
      root: z.string(),
      resources: z.array(ZIndexedResource),
      diagnostics: z.array(ZDiagnostic),
      relations: z.array(ZRelation),
      symbols: z.array(ZSymbol),
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

import { z } from 'zod';

/** Which rule, macro or list of a rules file (position, checked against kind and name). */
export const ZRulesItemRef = z.object({
  documentIndex: z.number().int().min(0).max(1000),
  index: z.number().int().min(0).max(100_000),
  kind: z.enum(['rule', 'macro', 'list']),
  name: z.string().min(1).max(1000),
});
export type TRulesItemRef = z.infer<typeof ZRulesItemRef>;

/** The rules, macros and lists of one Falco rules file of the draft, with the file's ETag. */
export const ZRulesItems = z.object({
  path: z.string(),
  etag: z.string(),
  items: z.array(
    ZRulesItemRef.extend({
      line: z.number(),
      /** Keys in file order with their values as YAML reads them. */
      values: z.record(z.string(), z.unknown()),
    }),
  ),
  /** Set when the file is not a rules file Rampart can edit item by item (YAML errors). */
  problem: z.string().optional(),
});
export type TRulesItems = z.infer<typeof ZRulesItems>;

/** A form save of one item: its new values by key (`null` removes a key), on the file's ETag. */
export const ZSaveRulesItemBody = z.object({
  baseEtag: z.string().min(1).max(200),
  ref: ZRulesItemRef,
  changes: z.record(z.string().min(1).max(200), z.unknown()),
});
export type TSaveRulesItemBody = z.infer<typeof ZSaveRulesItemBody>;

export const ZSaveRulesItemResult = z.object({ path: z.string(), etag: z.string() });
export type TSaveRulesItemResult = z.infer<typeof ZSaveRulesItemResult>;

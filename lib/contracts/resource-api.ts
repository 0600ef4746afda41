import { z } from 'zod';
import { ZDiagnostic } from './index-api.ts';
import { ZDraftQuery } from './workspace-api.ts';

/** `?branch=&address=` of the resource form route; the address is `type.name`. */
export const ZResourceQuery = ZDraftQuery.extend({
  address: z
    .string()
    .max(300)
    .regex(/^[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*$/, 'a resource address: type.name'),
});
export type TResourceQuery = z.infer<typeof ZResourceQuery>;

/** A reference written by a picker: `type.name.id` or `type.name.name`, nothing else. */
export const ZReferenceExpression = z
  .string()
  .max(400)
  .regex(
    /^[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*\.(id|name)$/,
    'a reference like sysdig_secure_notification_channel_email.ops.id',
  );

export const ZScalar = z.union([z.string().max(100_000), z.number(), z.boolean(), z.null()]);
export type TScalar = z.infer<typeof ZScalar>;

/** One element of a list or set field: a literal, or a reference to another resource. */
export const ZFormItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('literal'), value: ZScalar }),
  z.object({ kind: z.literal('reference'), expression: z.string() }),
]);
export type TFormItem = z.infer<typeof ZFormItem>;

/**
 * The current value of a field as written in the file: absent, a literal scalar, list/set items,
 * a literal map, one reference (a picker), an expression the form cannot edit (shown, opened in code), or a secret (never sent).
 */
export const ZFieldValue = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('absent') }),
  z.object({ kind: z.literal('scalar'), value: ZScalar }),
  z.object({ kind: z.literal('items'), items: z.array(ZFormItem) }),
  z.object({ kind: z.literal('map'), entries: z.record(z.string(), ZScalar) }),
  z.object({ kind: z.literal('reference'), expression: z.string() }),
  z.object({ kind: z.literal('expression'), expression: z.string() }),
  z.object({ kind: z.literal('secret'), isSet: z.boolean() }),
]);
export type TFieldValue = z.infer<typeof ZFieldValue>;

export const ZAttributeKind = z.enum([
  'string',
  'number',
  'bool',
  'list',
  'set',
  'map',
  'block-list',
  'block-set',
  'block-single',
]);

/** One attribute or nested block of the form: registry metadata plus its value in the file. */
export const ZFormField = z.object({
  name: z.string(),
  kind: ZAttributeKind,
  label: z.string(),
  help: z.string(),
  elementKind: z.enum(['string', 'number', 'bool']).optional(),
  enumValues: z.array(z.string()).optional(),
  isRequired: z.boolean(),
  defaultValue: z.json().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  isSecret: z.boolean(),
  isForceNew: z.boolean(),
  deprecated: z.string().optional(),
  reference: z.object({ types: z.array(z.string()), attribute: z.enum(['id', 'name']) }).optional(),
  /** 1-based line of the attribute (or first block) in the file, when written. */
  line: z.number().optional(),
  value: ZFieldValue,
  /** Block kinds: the written blocks, each with its own fields. */
  get blocks() {
    return z.array(ZFormBlock).optional();
  },
});
export type TFormField = z.infer<typeof ZFormField>;

export const ZFormBlock = z.object({
  line: z.number(),
  get fields(): z.ZodArray<typeof ZFormField> {
    return z.array(ZFormField);
  },
});
export type TFormBlock = z.infer<typeof ZFormBlock>;

/** A resource another one may reference, for a picker: its address and its `name` attribute. */
export const ZReferenceCandidate = z.object({
  address: z.string(),
  type: z.string(),
  displayName: z.string(),
});
export type TReferenceCandidate = z.infer<typeof ZReferenceCandidate>;

/** GET answer: the resource form of one resource. `etag` is the ETag of its file. */
export const ZResourceForm = z.object({
  address: z.string(),
  type: z.string(),
  description: z.string(),
  file: z.string(),
  line: z.number(),
  etag: z.string(),
  fields: z.array(ZFormField),
  /** Candidates per referenced type (the same root module's resources). */
  references: z.record(z.string(), z.array(ZReferenceCandidate)),
  diagnostics: z.array(ZDiagnostic),
  /** Set when the file does not parse (e.g. Terraform 0.11 syntax): the form is read-only. */
  readOnly: z
    .object({
      reason: z.string(),
      line: z.number(),
      column: z.number(),
      canUpgrade: z.boolean(),
    })
    .optional(),
});
export type TResourceForm = z.infer<typeof ZResourceForm>;

/** One step into nested blocks: the `index`-th block named `block`. */
export const ZBlockStep = z.object({
  block: z.string().max(100),
  index: z.number().int().min(0).max(10_000),
});
export type TBlockStep = z.infer<typeof ZBlockStep>;

/** A value the form writes: literal, list of literals and references, or a literal map. */
export const ZFormValue = z.union([
  ZScalar,
  z.object({ expression: ZReferenceExpression }),
  z.array(z.union([ZScalar, z.object({ expression: ZReferenceExpression })])).max(10_000),
  z.record(z.string().max(1000), ZScalar),
]);
export type TFormValue = z.infer<typeof ZFormValue>;

/** One change of a form save; applied in order. */
export const ZResourceChange = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('set'),
    path: z.array(ZBlockStep).max(10).default([]),
    attribute: z.string().max(100),
    value: ZFormValue,
  }),
  z.object({
    op: z.literal('remove'),
    path: z.array(ZBlockStep).max(10).default([]),
    attribute: z.string().max(100),
  }),
  z.object({
    op: z.literal('add-block'),
    path: z.array(ZBlockStep).max(10).default([]),
    block: z.string().max(100),
  }),
  z.object({ op: z.literal('remove-block'), path: z.array(ZBlockStep).min(1).max(10) }),
]);
export type TResourceChange = z.infer<typeof ZResourceChange>;

/** PUT body: the file ETag the form was read with, and the changes. */
export const ZSaveResourceBody = z.object({
  baseEtag: z.string().min(1).max(200),
  changes: z.array(ZResourceChange).min(1).max(500),
});
export type TSaveResourceBody = z.infer<typeof ZSaveResourceBody>;

/** PUT answer: the file's new ETag and which lines (1-based, in the new text) changed. */
export const ZSaveResourceResult = z.object({
  file: z.string(),
  etag: z.string(),
  diff: z.object({ changedLines: z.array(z.number()) }),
});
export type TSaveResourceResult = z.infer<typeof ZSaveResourceResult>;

import { z } from 'zod';
import { ZRepoPath } from '../git/repo-path.ts';

/** The API families whose live objects can be imported into code (see lib/import). */
export const ZImportableFamily = z.enum([
  'notification-channel',
  'v2-policy',
  'rule',
  'list',
  'macro',
]);
export type TImportableFamily = z.infer<typeof ZImportableFamily>;

/** Import chosen unmanaged live objects into one `.tf` file of the draft. */
export const ZImportIntoDraftBody = z.object({
  objects: z
    .array(z.object({ apiFamily: ZImportableFamily, id: z.string().regex(/^\d{1,19}$/) }))
    .min(1, 'choose at least one object')
    .max(500),
  /** A `.tf` file in a root module folder of the workspace; created when missing. */
  path: ZRepoPath.refine((value) => value.endsWith('.tf'), 'must be a .tf file'),
  /** The ETag of the target file as read ('absent' for a new file): a stale one gets 409. */
  baseEtag: z.string().min(1).max(64),
});
export type TImportIntoDraftBody = z.infer<typeof ZImportIntoDraftBody>;

/** What an import into the draft wrote (never a secret value: secrets become variables). */
export const ZImportIntoDraftResult = z.object({
  path: z.string(),
  etag: z.string(),
  resources: z.array(z.object({ address: z.string(), type: z.string(), id: z.string() })),
  skipped: z.array(z.object({ id: z.string(), name: z.string(), reason: z.string() })),
  /** Names of the sensitive variables declared for secret attributes (values to be supplied). */
  variables: z.array(z.string()),
});
export type TImportIntoDraftResult = z.infer<typeof ZImportIntoDraftResult>;

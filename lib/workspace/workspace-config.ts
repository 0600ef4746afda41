import { z } from 'zod';

/** A workspace id: a short slug, safe as a directory name and in a URL. */
export const ZWorkspaceId = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,62}$/,
    'must be 1–63 lowercase letters, digits or dashes, starting with a letter or digit',
  );

/** The Secure backend a workspace targets: the embedded local one, or a URL (token from the server env). */
export const ZBackendConfig = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('local') }),
  z.object({ kind: z.literal('remote'), url: z.url() }),
]);

/** workspace.json: what Rampart knows of one managed repo. */
export const ZWorkspaceConfig = z.object({
  id: ZWorkspaceId,
  name: z.string().min(1).max(200),
  description: z.string().max(2000).default(''),
  defaultBranch: z.string().min(1),
  /** Root module folders, relative to the repo root ('' = the root itself). */
  roots: z.array(z.string()),
  backend: ZBackendConfig,
  createdAt: z.string(),
});

export type TWorkspaceConfig = z.infer<typeof ZWorkspaceConfig>;

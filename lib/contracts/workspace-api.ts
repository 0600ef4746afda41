import { z } from 'zod';

// The contract of the workspace routes, shared by route handlers and browser fetchers
// (STYLE.md "One schema, both sides").

/** A workspace as the browser sees it (no secrets: the backend is a kind and a URL). */
export const ZWorkspaceSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  defaultBranch: z.string(),
  roots: z.array(z.string()),
  backend: z.object({ kind: z.enum(['local', 'remote']), label: z.string() }),
});
export type TWorkspaceSummary = z.infer<typeof ZWorkspaceSummary>;

export const ZWorkspaceList = z.object({ workspaces: z.array(ZWorkspaceSummary) });
export type TWorkspaceList = z.infer<typeof ZWorkspaceList>;

export const ZWorkspaceParams = z.object({ workspaceId: z.string().min(1).max(63) });

/** `?branch=` of draft routes (default: the workspace's default branch). */
export const ZDraftQuery = z.object({ branch: z.string().min(1).max(200).optional() });
export const ZDraftFileQuery = ZDraftQuery.extend({ path: z.string().min(1).max(1024) });

export const ZFileStatus = z.enum(['unmodified', 'modified', 'added', 'deleted']);
export type TFileStatus = z.infer<typeof ZFileStatus>;

export const ZDraftTree = z.object({
  branch: z.string(),
  head: z.string(),
  files: z.array(z.object({ path: z.string(), status: ZFileStatus })),
});
export type TDraftTree = z.infer<typeof ZDraftTree>;

export const ZDraftFile = z.object({
  path: z.string(),
  content: z.string(),
  etag: z.string(),
  /** The file at the draft's HEAD; null for a file that is new in the draft. */
  headContent: z.string().nullable(),
});
export type TDraftFile = z.infer<typeof ZDraftFile>;

export const ZSaveFileBody = z.object({
  content: z.string().max(2 * 1024 * 1024, 'must be at most 2 MiB'),
  /** The ETag the editor read ('absent' to create a new file). */
  baseEtag: z.string().min(1).max(64),
});
export type TSaveFileBody = z.infer<typeof ZSaveFileBody>;

export const ZSaveFileResult = z.object({ path: z.string(), etag: z.string() });
export type TSaveFileResult = z.infer<typeof ZSaveFileResult>;

export const ZDiscardBody = z.object({ path: z.string().min(1).max(1024) });
/** Discard the draft's changes to one resource: its file, `type.name`, the file's ETag as read. */
export const ZDiscardResourceBody = z.object({
  path: z.string().min(1).max(1024),
  address: z.string().min(3).max(300),
  baseEtag: z.string().min(1).max(100),
});
export type TDiscardResourceBody = z.infer<typeof ZDiscardResourceBody>;
export const ZOk = z.object({ ok: z.literal(true) });

export const ZCommitBody = z.object({
  message: z.string().trim().min(1, 'a commit message is required').max(10_000),
  files: z.array(z.string().min(1).max(1024)).max(10_000).optional(),
  /** Commit to this new branch (created from the draft's base) instead of the draft's branch. */
  newBranch: z.string().trim().min(1, 'a branch name is required').max(200).optional(),
});
export type TCommitBody = z.infer<typeof ZCommitBody>;

export const ZCommitResult = z.object({
  sha: z.string(),
  /** The branch the commit landed on (a new branch when one was asked for). */
  branch: z.string(),
  push: z.enum(['pushed', 'no-remote', 'rejected']),
  pushMessage: z.string().optional(),
});
export type TCommitResult = z.infer<typeof ZCommitResult>;

/** Adding a workspace: a Git URL or a server path, a name, optionally its root module folders. */
export const ZAddWorkspaceBody = z.object({
  name: z.string().trim().min(1, 'a name is required').max(200),
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be 1–63 lowercase letters, digits or dashes')
    .optional(),
  source: z.string().max(2048),
  roots: z.array(z.string().max(1024)).max(100).optional(),
});
export type TAddWorkspaceBody = z.infer<typeof ZAddWorkspaceBody>;

export const ZBranchList = z.object({ branches: z.array(z.string()), defaultBranch: z.string() });
export const ZCreateBranchBody = z.object({
  name: z.string().min(1).max(200),
  from: z.string().min(1).max(200).optional(),
});

export const ZCommitList = z.object({
  commits: z.array(
    z.object({
      sha: z.string(),
      subject: z.string(),
      authorName: z.string(),
      authorEmail: z.string(),
      date: z.string(),
    }),
  ),
});
export type TCommitList = z.infer<typeof ZCommitList>;

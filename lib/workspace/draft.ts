/** A person's working copy of a workspace on a branch (DESIGN §1): a git worktree. */
export interface TDraft {
  workspaceId: string;
  userId: string;
  /** The shared branch the draft works on (e.g. `main`). */
  branch: string;
  /** The local branch checked out in the worktree: `rampart/drafts/<user>/<branch>`. */
  draftBranch: string;
  /** Absolute path of the worktree. */
  dir: string;
  /** Absolute path of the workspace's bare repository. */
  repoDir: string;
}

/** The worktree branch of a user's draft of `branch`. */
export function draftBranchName(userId: string, branch: string): string {
  return `rampart/drafts/${userId}/${branch}`;
}

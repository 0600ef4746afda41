/** Query keys of the workspace domain; never inline a key (invalidation would miss it). */
export const workspaceKeys = {
  all: ['workspaces'] as const,
  list: () => [...workspaceKeys.all, 'list'] as const,
  detail: (workspaceId: string) => [...workspaceKeys.all, 'detail', workspaceId] as const,
  draft: (workspaceId: string, branch: string) =>
    [...workspaceKeys.all, 'draft', workspaceId, branch] as const,
  files: (workspaceId: string, branch: string) =>
    [...workspaceKeys.draft(workspaceId, branch), 'files'] as const,
  file: (workspaceId: string, branch: string, path: string) =>
    [...workspaceKeys.draft(workspaceId, branch), 'file', path] as const,
  commits: (workspaceId: string, branch: string) =>
    [...workspaceKeys.draft(workspaceId, branch), 'commits'] as const,
  index: (workspaceId: string, branch: string) =>
    [...workspaceKeys.draft(workspaceId, branch), 'index'] as const,
  sync: (workspaceId: string, branch: string) =>
    [...workspaceKeys.draft(workspaceId, branch), 'sync'] as const,
  changes: (workspaceId: string, branch: string) =>
    [...workspaceKeys.draft(workspaceId, branch), 'changes'] as const,
};

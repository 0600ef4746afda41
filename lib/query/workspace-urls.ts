/** URLs of the workspace API routes. */
export const workspaceUrls = {
  list: () => '/api/workspaces',
  detail: (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`,
  files: (workspaceId: string, branch: string) =>
    `/api/workspaces/${encodeURIComponent(workspaceId)}/files?${new URLSearchParams({ branch })}`,
  file: (workspaceId: string, branch: string, path: string) =>
    `/api/workspaces/${encodeURIComponent(workspaceId)}/file?${new URLSearchParams({ branch, path })}`,
  discard: (workspaceId: string, branch: string) =>
    `/api/workspaces/${encodeURIComponent(workspaceId)}/discard?${new URLSearchParams({ branch })}`,
  sync: (workspaceId: string, branch: string) =>
    `/api/workspaces/${encodeURIComponent(workspaceId)}/sync?${new URLSearchParams({ branch })}`,
  imports: (workspaceId: string, branch: string) =>
    `/api/workspaces/${encodeURIComponent(workspaceId)}/imports?${new URLSearchParams({ branch })}`,
  syncStep: (workspaceId: string, branch: string, step: 'resolve' | 'continue' | 'abort') =>
    `/api/workspaces/${encodeURIComponent(workspaceId)}/sync/${step}?${new URLSearchParams({ branch })}`,
  commits: (workspaceId: string, branch: string) =>
    `/api/workspaces/${encodeURIComponent(workspaceId)}/commits?${new URLSearchParams({ branch })}`,
};

import 'server-only';
import path from 'node:path';

/** Where each kind of data lives inside the data dir (DESIGN §1). Pure path arithmetic. */
export const dataPaths = {
  workspacesDir: (dataDir: string) => path.join(dataDir, 'workspaces'),
  workspaceDir: (dataDir: string, workspaceId: string) =>
    path.join(dataDir, 'workspaces', workspaceId),
  workspaceConfig: (dataDir: string, workspaceId: string) =>
    path.join(dataDir, 'workspaces', workspaceId, 'workspace.json'),
  workspaceRepo: (dataDir: string, workspaceId: string) =>
    path.join(dataDir, 'workspaces', workspaceId, 'repo.git'),
  draftDir: (dataDir: string, workspaceId: string, userId: string, branch: string) =>
    path.join(dataDir, 'worktrees', workspaceId, userId, encodeURIComponent(branch)),
  localSecureDir: (dataDir: string) => path.join(dataDir, 'local-secure'),
  localSecureToken: (dataDir: string) => path.join(dataDir, 'local-secure', 'token'),
  runsDir: (dataDir: string) => path.join(dataDir, 'runs'),
  auditLog: (dataDir: string) => path.join(dataDir, 'audit.log'),
};

import { withRoute } from '@/lib/api/with-route';
import { ZWorkspaceList } from '@/lib/contracts/workspace-api';
import { getEnv } from '@/lib/env';
import { listWorkspaces } from '@/lib/workspace/list-workspaces';
import { toWorkspaceSummary } from '@/lib/workspace/to-workspace-summary';

export const GET = withRoute({
  role: 'viewer',
  output: ZWorkspaceList,
  handler: async () => ({ workspaces: (await listWorkspaces(getEnv().dataDir)).map(toWorkspaceSummary) }),
});

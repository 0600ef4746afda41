import { withRoute } from '@/lib/api/with-route';
import { ZWorkspaceParams, ZWorkspaceSummary } from '@/lib/contracts/workspace-api';
import { getEnv } from '@/lib/env';
import { readWorkspaceConfig } from '@/lib/workspace/read-workspace-config';
import { toWorkspaceSummary } from '@/lib/workspace/to-workspace-summary';

export const GET = withRoute({
  role: 'viewer',
  params: ZWorkspaceParams,
  output: ZWorkspaceSummary,
  handler: async ({ params }) =>
    toWorkspaceSummary(await readWorkspaceConfig(getEnv().dataDir, params.workspaceId)),
});

import { withRoute } from '@/lib/api/with-route';
import { ZRunList } from '@/lib/contracts/plan-api';
import { ZWorkspaceParams } from '@/lib/contracts/workspace-api';
import { getEnv } from '@/lib/env';
import { listRuns } from '@/lib/runs/list-runs';
import { readWorkspaceConfig } from '@/lib/workspace/read-workspace-config';

export const GET = withRoute({
  role: 'viewer',
  params: ZWorkspaceParams,
  output: ZRunList,
  handler: async ({ params }) => {
    await readWorkspaceConfig(getEnv().dataDir, params.workspaceId);
    return { runs: await listRuns(getEnv().dataDir, params.workspaceId) };
  },
});

import { withRoute } from '@/lib/api/with-route';
import {
  ZBranchList,
  ZCreateBranchBody,
  ZOk,
  ZWorkspaceParams,
} from '@/lib/contracts/workspace-api';
import { getEnv } from '@/lib/env';
import { createBranch } from '@/lib/workspace/create-branch';
import { dataPaths } from '@/lib/workspace/data-paths';
import { listBranches } from '@/lib/workspace/list-branches';
import { readWorkspaceConfig } from '@/lib/workspace/read-workspace-config';

export const GET = withRoute({
  role: 'viewer',
  params: ZWorkspaceParams,
  output: ZBranchList,
  handler: async ({ params }) => {
    const { dataDir } = getEnv();
    const config = await readWorkspaceConfig(dataDir, params.workspaceId);
    return {
      branches: await listBranches(dataPaths.workspaceRepo(dataDir, config.id)),
      defaultBranch: config.defaultBranch,
    };
  },
});

export const POST = withRoute({
  role: 'editor',
  params: ZWorkspaceParams,
  body: ZCreateBranchBody,
  output: ZOk,
  status: 201,
  handler: async ({ params, body }) => {
    const { dataDir } = getEnv();
    const config = await readWorkspaceConfig(dataDir, params.workspaceId);
    await createBranch(
      dataPaths.workspaceRepo(dataDir, config.id),
      body.name,
      body.from ?? config.defaultBranch,
    );
    return { ok: true as const };
  },
});

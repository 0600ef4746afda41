import { withRoute } from '@/lib/api/with-route';
import {
  ZAddWorkspaceBody,
  ZWorkspaceList,
  ZWorkspaceSummary,
} from '@/lib/contracts/workspace-api';
import { addRequestWorkspace } from '@/lib/workspace/add-request-workspace';
import { getEnv } from '@/lib/env';
import { listWorkspaces } from '@/lib/workspace/list-workspaces';
import { toWorkspaceSummary } from '@/lib/workspace/to-workspace-summary';

export const GET = withRoute({
  role: 'viewer',
  output: ZWorkspaceList,
  handler: async () => ({
    workspaces: (await listWorkspaces(getEnv().dataDir)).map(toWorkspaceSummary),
  }),
});

export const POST = withRoute({
  role: 'admin',
  body: ZAddWorkspaceBody,
  output: ZWorkspaceSummary,
  status: 201,
  handler: async ({ body, actor }) => toWorkspaceSummary(await addRequestWorkspace(actor, body)),
});

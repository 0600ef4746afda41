import { z } from 'zod';
import { withRoute } from '@/lib/api/with-route';
import { ZDraftQuery, ZWorkspaceParams } from '@/lib/contracts/workspace-api';
import { upgradeRequestFile } from '@/lib/workspace/upgrade-request-file';

export const POST = withRoute({
  role: 'editor',
  params: ZWorkspaceParams,
  query: ZDraftQuery,
  body: z.object({ path: z.string().min(1).max(1024), baseEtag: z.string().min(1).max(64) }),
  output: z.object({ etag: z.string(), edits: z.number() }),
  handler: async ({ params, query, body, actor }) =>
    upgradeRequestFile(params.workspaceId, query.branch, actor, body.path, body.baseEtag),
});

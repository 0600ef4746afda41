import { z } from 'zod';
import { withRoute } from '@/lib/api/with-route';
import { ZDraftQuery, ZWorkspaceParams } from '@/lib/contracts/workspace-api';
import { startRequestApply } from '@/lib/runs/start-request-apply';

// Applying changes production runtime security: approvers and admins only.
export const POST = withRoute({
  role: 'approver',
  params: ZWorkspaceParams,
  query: ZDraftQuery,
  body: z.object({
    planHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be the contentHash of a plan'),
  }),
  output: z.object({ runId: z.string() }),
  status: 202,
  handler: async ({ params, query, body, actor }) =>
    startRequestApply(params.workspaceId, query.branch, actor, body.planHash),
});

import { withRoute } from '@/lib/api/with-route';
import { ZPolicyOrders, ZReorderPolicies } from '@/lib/contracts/policy-order-api';
import { ZDraftQuery, ZWorkspaceParams } from '@/lib/contracts/workspace-api';
import { z } from 'zod';
import { readPolicyOrder } from '@/lib/workspace/read-policy-order';
import { reorderPolicies } from '@/lib/workspace/reorder-policies';

export const GET = withRoute({
  role: 'viewer',
  params: ZWorkspaceParams,
  query: ZDraftQuery,
  output: ZPolicyOrders,
  handler: async ({ params, query, actor }) => ({
    orders: await readPolicyOrder(params.workspaceId, query.branch, actor),
  }),
});

export const PUT = withRoute({
  role: 'editor',
  params: ZWorkspaceParams,
  query: ZDraftQuery,
  body: ZReorderPolicies,
  output: z.object({ etag: z.string() }),
  handler: async ({ params, query, body, actor }) =>
    reorderPolicies(params.workspaceId, query.branch, actor, body),
});

import { withRoute } from '@/lib/api/with-route';
import { ZResourceOperation, ZResourceOperationResult } from '@/lib/contracts/resource-ops-api';
import { ZDraftQuery, ZWorkspaceParams } from '@/lib/contracts/workspace-api';
import { operateOnResource } from '@/lib/workspace/operate-on-resource';

// Create, duplicate, rename (references follow) or delete a resource in the draft.
export const POST = withRoute({
  role: 'editor',
  params: ZWorkspaceParams,
  query: ZDraftQuery,
  body: ZResourceOperation,
  output: ZResourceOperationResult,
  handler: async ({ params, query, body, actor }) =>
    operateOnResource(params.workspaceId, query.branch, actor, body),
});

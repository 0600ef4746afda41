import { withRoute } from '@/lib/api/with-route';
import { ZDraftIndex } from '@/lib/contracts/index-api';
import { ZDraftQuery, ZWorkspaceParams } from '@/lib/contracts/workspace-api';
import { indexRequestDraft } from '@/lib/workspace/index-request-draft';

export const GET = withRoute({
  role: 'viewer',
  params: ZWorkspaceParams,
  query: ZDraftQuery,
  output: ZDraftIndex,
  // The same index object comes back while the draft is unchanged: serialised once.
  isOutputReused: true,
  handler: async ({ params, query, actor }) =>
    indexRequestDraft(params.workspaceId, query.branch, actor),
});

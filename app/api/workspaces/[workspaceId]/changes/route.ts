import { withRoute } from '@/lib/api/with-route';
import { ZDraftChanges } from '@/lib/contracts/index-api';
import { ZDraftQuery, ZWorkspaceParams } from '@/lib/contracts/workspace-api';
import { diffRequestDraft } from '@/lib/workspace/diff-request-draft';

export const GET = withRoute({
  role: 'viewer',
  params: ZWorkspaceParams,
  query: ZDraftQuery,
  output: ZDraftChanges,
  handler: async ({ params, query, actor }) => ({
    resources: await diffRequestDraft(params.workspaceId, query.branch, actor),
  }),
});

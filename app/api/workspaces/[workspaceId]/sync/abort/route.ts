import { withRoute } from '@/lib/api/with-route';
import { ZSyncState } from '@/lib/contracts/sync-api';
import { ZDraftQuery, ZWorkspaceParams } from '@/lib/contracts/workspace-api';
import { abortSync } from '@/lib/workspace/abort-sync';
import { openRequestDraft } from '@/lib/workspace/open-request-draft';

// Abort the pull-with-rebase: the draft is back exactly as before it.
export const POST = withRoute({
  role: 'editor',
  params: ZWorkspaceParams,
  query: ZDraftQuery,
  output: ZSyncState,
  handler: async ({ params, query, actor }) =>
    abortSync(await openRequestDraft(params.workspaceId, query.branch, actor)),
});

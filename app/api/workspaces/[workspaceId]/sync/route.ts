import { withRoute } from '@/lib/api/with-route';
import { ZDraftQuery, ZSyncResult, ZWorkspaceParams } from '@/lib/contracts/workspace-api';
import { openRequestDraft } from '@/lib/workspace/open-request-draft';
import { syncDraft } from '@/lib/workspace/sync-draft';

// Pull with rebase: bring the branch's new commits (from origin or other drafts) into the draft.
export const POST = withRoute({
  role: 'editor',
  params: ZWorkspaceParams,
  query: ZDraftQuery,
  output: ZSyncResult,
  handler: async ({ params, query, actor }) =>
    syncDraft(await openRequestDraft(params.workspaceId, query.branch, actor)),
});

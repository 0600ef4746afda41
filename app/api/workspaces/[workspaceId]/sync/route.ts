import { withRoute } from '@/lib/api/with-route';
import { ZSyncOutcome, ZSyncState } from '@/lib/contracts/sync-api';
import { ZDraftQuery, ZWorkspaceParams } from '@/lib/contracts/workspace-api';
import { openRequestDraft } from '@/lib/workspace/open-request-draft';
import { readSyncState } from '@/lib/workspace/read-sync-state';
import { syncDraft } from '@/lib/workspace/sync-draft';

// Where the draft's pull-with-rebase stands (read from git: survives reloads).
export const GET = withRoute({
  role: 'viewer',
  params: ZWorkspaceParams,
  query: ZDraftQuery,
  output: ZSyncState,
  handler: async ({ params, query, actor }) =>
    readSyncState(await openRequestDraft(params.workspaceId, query.branch, actor)),
});

// Pull with rebase: bring the branch's new commits (from origin or other drafts) into the draft.
// A conflict keeps the rebase in progress: resolve, continue or abort through the sub-routes.
export const POST = withRoute({
  role: 'editor',
  params: ZWorkspaceParams,
  query: ZDraftQuery,
  output: ZSyncOutcome,
  handler: async ({ params, query, actor }) =>
    syncDraft(await openRequestDraft(params.workspaceId, query.branch, actor)),
});

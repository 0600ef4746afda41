import { withRoute } from '@/lib/api/with-route';
import { ZResolveConflictBody, ZSyncState } from '@/lib/contracts/sync-api';
import { ZDraftQuery, ZWorkspaceParams } from '@/lib/contracts/workspace-api';
import { openRequestDraft } from '@/lib/workspace/open-request-draft';
import { resolveSyncConflict } from '@/lib/workspace/resolve-sync-conflict';

// Resolve one conflicted file: keep theirs, keep mine, or edited text (ETag; 409 when stale).
export const POST = withRoute({
  role: 'editor',
  params: ZWorkspaceParams,
  query: ZDraftQuery,
  body: ZResolveConflictBody,
  output: ZSyncState,
  maxBodyBytes: 3 * 1024 * 1024,
  handler: async ({ params, query, body, actor }) =>
    resolveSyncConflict(await openRequestDraft(params.workspaceId, query.branch, actor), body),
});

import { withRoute } from '@/lib/api/with-route';
import { ZSyncOutcome } from '@/lib/contracts/sync-api';
import { ZDraftQuery, ZWorkspaceParams } from '@/lib/contracts/workspace-api';
import { continueSync } from '@/lib/workspace/continue-sync';
import { openRequestDraft } from '@/lib/workspace/open-request-draft';

// Every conflict resolved: replay the next commits (may stop at the next conflict), then push.
export const POST = withRoute({
  role: 'editor',
  params: ZWorkspaceParams,
  query: ZDraftQuery,
  output: ZSyncOutcome,
  handler: async ({ params, query, actor }) =>
    continueSync(await openRequestDraft(params.workspaceId, query.branch, actor)),
});

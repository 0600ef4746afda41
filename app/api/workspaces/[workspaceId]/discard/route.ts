import { withRoute } from '@/lib/api/with-route';
import { ZDiscardBody, ZDraftQuery, ZOk, ZWorkspaceParams } from '@/lib/contracts/workspace-api';
import { discardDraftFile } from '@/lib/workspace/discard-draft-file';
import { openRequestDraft } from '@/lib/workspace/open-request-draft';

export const POST = withRoute({
  role: 'editor',
  params: ZWorkspaceParams,
  query: ZDraftQuery,
  body: ZDiscardBody,
  output: ZOk,
  handler: async ({ params, query, body, actor }) => {
    const draft = await openRequestDraft(params.workspaceId, query.branch, actor);
    await discardDraftFile(draft, body.path);
    return { ok: true as const };
  },
});

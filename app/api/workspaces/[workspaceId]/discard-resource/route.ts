import { withRoute } from '@/lib/api/with-route';
import { ZDiscardResourceBody, ZDraftQuery, ZWorkspaceParams } from '@/lib/contracts/workspace-api';
import { z } from 'zod';
import { discardDraftResource } from '@/lib/workspace/discard-draft-resource';
import { openRequestDraft } from '@/lib/workspace/open-request-draft';

// Discarding a resource's changes writes the draft: editors and above.
export const POST = withRoute({
  role: 'editor',
  params: ZWorkspaceParams,
  query: ZDraftQuery,
  body: ZDiscardResourceBody,
  output: z.object({ etag: z.string() }),
  handler: async ({ params, query, body, actor }) => {
    const draft = await openRequestDraft(params.workspaceId, query.branch, actor);
    return discardDraftResource(draft, body);
  },
});

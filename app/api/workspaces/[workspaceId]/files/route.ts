import { withRoute } from '@/lib/api/with-route';
import { ZDraftQuery, ZDraftTree, ZWorkspaceParams } from '@/lib/contracts/workspace-api';
import { readDraftHead } from '@/lib/workspace/read-draft-head';
import { listDraftFiles } from '@/lib/workspace/list-draft-files';
import { openRequestDraft } from '@/lib/workspace/open-request-draft';

export const GET = withRoute({
  role: 'viewer',
  params: ZWorkspaceParams,
  query: ZDraftQuery,
  output: ZDraftTree,
  handler: async ({ params, query, actor }) => {
    const draft = await openRequestDraft(params.workspaceId, query.branch, actor);
    const [files, head] = await Promise.all([listDraftFiles(draft), readDraftHead(draft)]);
    return { branch: draft.branch, head, files };
  },
});

import { withRoute } from '@/lib/api/with-route';
import {
  ZCommitBody,
  ZCommitList,
  ZCommitResult,
  ZDraftQuery,
  ZWorkspaceParams,
} from '@/lib/contracts/workspace-api';
import { commitRequestDraft } from '@/lib/workspace/commit-request-draft';
import { listCommits } from '@/lib/workspace/list-commits';
import { openRequestDraft } from '@/lib/workspace/open-request-draft';

export const GET = withRoute({
  role: 'viewer',
  params: ZWorkspaceParams,
  query: ZDraftQuery,
  output: ZCommitList,
  handler: async ({ params, query, actor }) => ({
    commits: await listCommits(await openRequestDraft(params.workspaceId, query.branch, actor)),
  }),
});

export const POST = withRoute({
  role: 'editor',
  params: ZWorkspaceParams,
  query: ZDraftQuery,
  body: ZCommitBody,
  output: ZCommitResult,
  status: 201,
  handler: async ({ params, query, body, actor }) =>
    commitRequestDraft(params.workspaceId, query.branch, actor, body),
});

import { withRoute } from '@/lib/api/with-route';
import { ZDraftPlan } from '@/lib/contracts/plan-api';
import { ZDraftQuery, ZWorkspaceParams } from '@/lib/contracts/workspace-api';
import { planRequestDraft } from '@/lib/runs/plan-request-draft';

// Planning reads Secure and changes nothing there: viewers may plan.
export const POST = withRoute({
  role: 'viewer',
  params: ZWorkspaceParams,
  query: ZDraftQuery,
  output: ZDraftPlan,
  status: 201,
  handler: async ({ params, query, actor }) =>
    planRequestDraft(params.workspaceId, query.branch, actor),
});

import { z } from 'zod';
import { withRoute } from '@/lib/api/with-route';
import { ZDiagnostic } from '@/lib/contracts/index-api';
import { ZDraftQuery, ZWorkspaceParams } from '@/lib/contracts/workspace-api';
import { validateRequestFile } from '@/lib/workspace/validate-request-file';

// Live diagnostics for unsaved editor text; 422 with the diagnostics when the text has errors.
export const POST = withRoute({
  role: 'viewer',
  params: ZWorkspaceParams,
  query: ZDraftQuery,
  body: z.object({ path: z.string().min(1).max(1024), content: z.string().max(2 * 1024 * 1024) }),
  output: z.object({ diagnostics: z.array(ZDiagnostic) }),
  maxBodyBytes: 3 * 1024 * 1024,
  handler: async ({ params, query, body, actor }) => ({
    diagnostics: await validateRequestFile(
      params.workspaceId,
      query.branch,
      actor,
      body.path,
      body.content,
    ),
  }),
});

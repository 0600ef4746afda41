import { withRoute } from '@/lib/api/with-route';
import { ZImportIntoDraftBody, ZImportIntoDraftResult } from '@/lib/contracts/import-api';
import { ZDraftQuery, ZWorkspaceParams } from '@/lib/contracts/workspace-api';
import { importRequestDraft } from '@/lib/server-import/import-request-draft';

// "Import into code": writes generated resources and `import {}` blocks into the draft.
export const POST = withRoute({
  role: 'editor',
  params: ZWorkspaceParams,
  query: ZDraftQuery,
  body: ZImportIntoDraftBody,
  output: ZImportIntoDraftResult,
  status: 201,
  headers: (result) => ({ etag: `"${result.etag}"` }),
  handler: async ({ params, query, body, actor }) =>
    importRequestDraft(params.workspaceId, query.branch, actor, body),
});

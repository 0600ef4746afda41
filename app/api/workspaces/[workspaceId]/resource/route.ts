import { withRoute } from '@/lib/api/with-route';
import {
  ZResourceForm,
  ZResourceQuery,
  ZSaveResourceBody,
  ZSaveResourceResult,
} from '@/lib/contracts/resource-api';
import { ZWorkspaceParams } from '@/lib/contracts/workspace-api';
import { readResourceForm } from '@/lib/workspace/read-resource-form';
import { saveResource } from '@/lib/workspace/save-resource';

export const GET = withRoute({
  role: 'viewer',
  params: ZWorkspaceParams,
  query: ZResourceQuery,
  output: ZResourceForm,
  handler: async ({ params, query, actor }) =>
    readResourceForm(params.workspaceId, query.branch, actor, query.address),
});

export const PUT = withRoute({
  role: 'editor',
  params: ZWorkspaceParams,
  query: ZResourceQuery,
  body: ZSaveResourceBody,
  output: ZSaveResourceResult,
  headers: (result) => ({ etag: `"${result.etag}"` }),
  handler: async ({ params, query, body, actor }) =>
    saveResource(params.workspaceId, query.branch, actor, query.address, body),
});

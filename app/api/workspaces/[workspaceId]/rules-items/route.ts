import { withRoute } from '@/lib/api/with-route';
import {
  ZRulesItems,
  ZSaveRulesItemBody,
  ZSaveRulesItemResult,
} from '@/lib/contracts/rules-item-api';
import { ZDraftFileQuery, ZWorkspaceParams } from '@/lib/contracts/workspace-api';
import { readRulesItems } from '@/lib/workspace/read-rules-items';
import { saveRulesItem } from '@/lib/workspace/save-rules-item';

export const GET = withRoute({
  role: 'viewer',
  params: ZWorkspaceParams,
  query: ZDraftFileQuery,
  output: ZRulesItems,
  handler: async ({ params, query, actor }) =>
    readRulesItems(params.workspaceId, query.branch, actor, query.path),
});

export const PUT = withRoute({
  role: 'editor',
  params: ZWorkspaceParams,
  query: ZDraftFileQuery,
  body: ZSaveRulesItemBody,
  output: ZSaveRulesItemResult,
  handler: async ({ params, query, body, actor }) =>
    saveRulesItem(params.workspaceId, query.branch, actor, query.path, body),
});

import { withRoute } from '@/lib/api/with-route';
import {
  ZDraftFile,
  ZDraftFileQuery,
  ZSaveFileBody,
  ZSaveFileResult,
  ZWorkspaceParams,
} from '@/lib/contracts/workspace-api';
import { openRequestDraft } from '@/lib/workspace/open-request-draft';
import { readDraftFile } from '@/lib/workspace/read-draft-file';
import { readHeadFile } from '@/lib/workspace/read-head-file';
import { writeDraftFile } from '@/lib/workspace/write-draft-file';

export const GET = withRoute({
  role: 'viewer',
  params: ZWorkspaceParams,
  query: ZDraftFileQuery,
  output: ZDraftFile,
  headers: (file) => ({ etag: `"${file.etag}"` }),
  handler: async ({ params, query, actor }) => {
    const draft = await openRequestDraft(params.workspaceId, query.branch, actor);
    const [file, headContent] = await Promise.all([
      readDraftFile(draft, query.path),
      readHeadFile(draft, query.path),
    ]);
    return { ...file, headContent };
  },
});

export const PUT = withRoute({
  role: 'editor',
  params: ZWorkspaceParams,
  query: ZDraftFileQuery,
  body: ZSaveFileBody,
  output: ZSaveFileResult,
  maxBodyBytes: 3 * 1024 * 1024,
  headers: (result) => ({ etag: `"${result.etag}"` }),
  handler: async ({ params, query, body, actor }) => {
    const draft = await openRequestDraft(params.workspaceId, query.branch, actor);
    const { etag } = await writeDraftFile(draft, query.path, body.content, body.baseEtag);
    return { path: query.path, etag };
  },
});

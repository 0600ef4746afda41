import 'server-only';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { TActor } from '../auth/get-actor.ts';
import type { TImportIntoDraftBody, TImportIntoDraftResult } from '../contracts/import-api.ts';
import { getEnv } from '../env.ts';
import { workspaceConnection } from '../runs/workspace-backend.ts';
import { openRequestDraft } from '../workspace/open-request-draft.ts';
import { readWorkspaceConfig } from '../workspace/read-workspace-config.ts';
import { importIntoDraft } from './import-into-draft.ts';

/**
 * "Import into code" for the acting user's draft of `branch`: `importIntoDraft` against the
 * workspace's configured backend (server-side; the token never leaves the server), then an
 * `import` event in the audit log. Throws what `importIntoDraft` throws.
 */
export async function importRequestDraft(
  workspaceId: string,
  branch: string | undefined,
  actor: TActor,
  body: TImportIntoDraftBody,
): Promise<TImportIntoDraftResult> {
  const { dataDir } = getEnv();
  const config = await readWorkspaceConfig(dataDir, workspaceId);
  const draft = await openRequestDraft(workspaceId, branch, actor);
  const result = await importIntoDraft(
    draft,
    config.roots,
    await workspaceConnection(config),
    body,
  );
  await appendAuditEvent(dataDir, {
    actor: actor.username,
    action: 'import',
    target: `${workspaceId}@${draft.branch}`,
    detail: { file: result.path, resources: result.resources.map((r) => r.address).join(', ') },
  });
  return result;
}

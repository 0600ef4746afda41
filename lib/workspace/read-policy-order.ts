import 'server-only';
import type { TActor } from '../auth/get-actor.ts';
import type { TPolicyOrder } from '../contracts/policy-order-api.ts';
import { getEnv } from '../env.ts';
import { parseHcl } from '../hcl/parse-hcl.ts';
import { indexDraft } from './index-draft.ts';
import { openRequestDraft } from './open-request-draft.ts';
import { readDraftFile } from './read-draft-file.ts';
import { readWorkspaceConfig } from './read-workspace-config.ts';

/**
 * Every 2018 policy order (`sysdig_secure_policies_priority`) of the draft with its `policies`
 * list as written (each element's expression text) and the file's ETag, for the drag-and-drop
 * editor.
 */
export async function readPolicyOrder(
  workspaceId: string,
  branch: string | undefined,
  actor: TActor,
): Promise<TPolicyOrder[]> {
  const config = await readWorkspaceConfig(getEnv().dataDir, workspaceId);
  const draft = await openRequestDraft(workspaceId, branch, actor);
  const roots = await indexDraft(draft, config.roots);
  const orders: TPolicyOrder[] = [];
  for (const resource of roots
    .flatMap((r) => r.resources)
    .filter((r) => r.type === 'sysdig_secure_policies_priority')) {
    const file = await readDraftFile(draft, resource.file);
    const block = parseHcl(file.content).blocks.find(
      (b) =>
        b.type === 'resource' &&
        b.labels[0]?.value === resource.type &&
        b.labels[1]?.value === resource.name,
    );
    const attribute = block?.body.items.find(
      (item) => item.kind === 'attribute' && item.name === 'policies',
    );
    if (!attribute || attribute.kind !== 'attribute' || attribute.expression.kind !== 'tuple')
      continue;
    orders.push({
      address: resource.address,
      file: resource.file,
      etag: file.etag,
      policies: attribute.expression.items.map((item) => file.content.slice(item.start, item.end)),
    });
  }
  return orders;
}

import 'server-only';
import type { TActor } from '../auth/get-actor.ts';
import type { TReorderPolicies } from '../contracts/policy-order-api.ts';
import { AppError } from '../errors/app-error.ts';
import { HclEditError } from '../hcl/edit/hcl-edit-error.ts';
import { reorderListElements } from '../hcl/edit/reorder-list-elements.ts';
import { readPolicyOrder } from './read-policy-order.ts';
import { openRequestDraft } from './open-request-draft.ts';
import { readDraftFile } from './read-draft-file.ts';
import { writeDraftFile } from './write-draft-file.ts';

/**
 * Writes a new policy order: the HCL engine's minimal, verified edit of the `policies` list
 * (each element keeps its text and comments), saved only if the file still has `baseEtag`.
 */
export async function reorderPolicies(
  workspaceId: string,
  branch: string | undefined,
  actor: TActor,
  request: TReorderPolicies,
): Promise<{ etag: string }> {
  const order = (await readPolicyOrder(workspaceId, branch, actor)).find(
    (o) => o.address === request.address,
  );
  if (!order)
    throw new AppError('NOT_FOUND', { message: `no policy order ${request.address} in the draft` });
  const draft = await openRequestDraft(workspaceId, branch, actor);
  const file = await readDraftFile(draft, order.file);
  const [, type, name] = request.address.match(/^([a-z0-9_]+)\.(.+)$/) ?? [];
  try {
    const { text } = reorderListElements(
      file.content,
      { block: ['resource', type!, name!], attribute: 'policies' },
      request.order,
    );
    return await writeDraftFile(draft, order.file, text, request.baseEtag);
  } catch (error) {
    if (error instanceof HclEditError)
      throw new AppError('INVALID_INPUT', { message: `${request.address}: ${error.message}` });
    throw error;
  }
}

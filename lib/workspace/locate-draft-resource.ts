import 'server-only';
import type { TActor } from '../auth/get-actor.ts';
import { getEnv } from '../env.ts';
import { AppError } from '../errors/app-error.ts';
import { getResourceType } from '../sysdig/registry.ts';
import type { TConfigObject, TResourceDefinition } from '../sysdig/definition.ts';
import type { TDraft } from './draft.ts';
import { indexDraft, type TIndexedRoot } from './index-draft.ts';
import { openRequestDraft } from './open-request-draft.ts';
import { readWorkspaceConfig } from './read-workspace-config.ts';

/** A Sysdig resource of the actor's draft, with its root module's index and its registry definition. */
export interface TDraftResource {
  draft: TDraft;
  roots: string[];
  root: TIndexedRoot;
  address: string;
  type: string;
  name: string;
  file: string;
  line: number;
  definition: TResourceDefinition;
}

/**
 * Finds `address` in the index of the actor's draft of `branch`. Throws AppError('NOT_FOUND') when no
 * root module declares it, AppError('INVALID_INPUT') when its type is not one Rampart models.
 */
export async function locateDraftResource(
  workspaceId: string,
  branch: string | undefined,
  actor: TActor,
  address: string,
): Promise<TDraftResource> {
  const config = await readWorkspaceConfig(getEnv().dataDir, workspaceId);
  const draft = await openRequestDraft(workspaceId, branch, actor);
  const indexed = await indexDraft(draft, config.roots);
  for (const root of indexed) {
    const resource = root.resources.find((r) => r.address === address);
    if (!resource) continue;
    const desired = root.desired.find((d) => d.address === address);
    const definition = getResourceType(resource.type, desired?.config as TConfigObject | undefined);
    if (!definition) {
      throw new AppError('INVALID_INPUT', {
        message: `${address} is a ${resource.type}, which Rampart has no form for; edit it in code (${resource.file}:${resource.line})`,
      });
    }
    return {
      draft,
      roots: config.roots,
      root,
      address,
      type: resource.type,
      name: resource.name,
      file: resource.file,
      line: resource.line,
      definition,
    };
  }
  throw new AppError('NOT_FOUND', {
    message: `no resource ${address} in the draft of ${draft.branch}`,
  });
}

import 'server-only';
import type { TActor } from '../auth/get-actor.ts';
import type { TReferenceCandidate, TResourceForm } from '../contracts/resource-api.ts';
import type { TAttributeMeta } from '../sysdig/definition.ts';
import { loadModule } from '../terraform/load-module.ts';
import { buildResourceFields } from './build-resource-fields.ts';
import { findReadOnlyReason } from './find-read-only-reason.ts';
import { locateDraftResource } from './locate-draft-resource.ts';
import { readDraftFile } from './read-draft-file.ts';
import type { TIndexedRoot } from './index-draft.ts';

/**
 * The form of one resource of the actor's draft: registry metadata with each attribute's value as
 * written (secrets never included), reference candidates from the same root module, the
 * resource's diagnostics, the ETag of its file (to present when saving), and why it is read-only
 * when its file does not parse (Terraform 0.11 syntax: "upgrade syntax" fixes it). Throws what
 * `locateDraftResource` and `readDraftFile` throw.
 */
export async function readResourceForm(
  workspaceId: string,
  branch: string | undefined,
  actor: TActor,
  address: string,
): Promise<TResourceForm> {
  const located = await locateDraftResource(workspaceId, branch, actor, address);
  const { content, etag } = await readDraftFile(located.draft, located.file);
  // The file alone gives the block model: values are read as written, not evaluated.
  const parsed = loadModule({ files: [{ path: located.file, text: content }] });
  const block = parsed.byAddress.get(address)?.block;
  const readOnly = findReadOnlyReason(parsed.files[0]);
  return {
    address,
    type: located.type,
    description: located.definition.description,
    file: located.file,
    line: located.line,
    etag,
    fields: buildResourceFields(located.definition.attributes, block, content),
    references: candidatesFor(located.definition.attributes, located.root),
    diagnostics: located.root.diagnostics.filter((d) => d.address === address),
    ...(readOnly ? { readOnly } : {}),
  };
}

function candidatesFor(
  metas: readonly TAttributeMeta[],
  root: TIndexedRoot,
): Record<string, TReferenceCandidate[]> {
  const out: Record<string, TReferenceCandidate[]> = {};
  // Looked up once per candidate: a linear search per candidate was quadratic in large modules.
  let desiredByAddress: Map<string, TIndexedRoot['desired'][number]> | null = null;
  const visit = (list: readonly TAttributeMeta[]) => {
    for (const meta of list) {
      for (const type of meta.reference?.types ?? []) {
        desiredByAddress ??= new Map(root.desired.map((d) => [d.address, d]));
        const byAddress = desiredByAddress;
        out[type] ??= root.resources
          .filter((r) => r.type === type)
          .map((r) => {
            const name = byAddress.get(r.address)?.config.name;
            return {
              address: r.address,
              type,
              displayName: typeof name === 'string' ? name : r.name,
            };
          });
      }
      if (meta.attributes) visit(meta.attributes);
    }
  };
  visit(metas);
  return out;
}

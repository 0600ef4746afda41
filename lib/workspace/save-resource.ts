import 'server-only';
import type { TActor } from '../auth/get-actor.ts';
import type { TSaveResourceBody, TSaveResourceResult } from '../contracts/resource-api.ts';
import { AppError } from '../errors/app-error.ts';
import { loadModule } from '../terraform/load-module.ts';
import { editResource } from './edit-resource.ts';
import { findReadOnlyReason } from './find-read-only-reason.ts';
import { rememberIndexedRoot, sharedParseCache } from './index-draft.ts';
import { locateDraftResource } from './locate-draft-resource.ts';
import { readDraftFile } from './read-draft-file.ts';
import { validateResourceEdit } from './validate-resource-edit.ts';
import { writeDraftFile } from './write-draft-file.ts';

/**
 * Saves a form's changes to one resource of the actor's draft: minimal HCL edits on its file
 * (`editResource`), the new text validated (`validateResourceEdit`), then an atomic write only if
 * the file still has `baseEtag`. Throws AppError: CONFLICT (stale ETag; details.currentEtag),
 * UNPROCESSABLE (new errors, or a file that does not parse — e.g. Terraform 0.11 syntax), NOT_FOUND / INVALID_INPUT / INTERNAL from the edit.
 */
export async function saveResource(
  workspaceId: string,
  branch: string | undefined,
  actor: TActor,
  address: string,
  body: TSaveResourceBody,
): Promise<TSaveResourceResult> {
  const located = await locateDraftResource(workspaceId, branch, actor, address);
  const { content, etag } = await readDraftFile(located.draft, located.file);
  if (etag !== body.baseEtag) {
    throw new AppError('CONFLICT', {
      message: `"${located.file}" changed since the form of ${address} was read (expected ${body.baseEtag}, found ${etag})`,
      userMessage: `"${located.file}" was changed since you opened the form of ${address}. Reload to see the current version.`,
      details: { currentEtag: etag },
    });
  }
  const readOnly = findReadOnlyReason(
    loadModule({ files: [{ path: located.file, text: content }], cache: sharedParseCache() })
      .files[0],
  );
  if (readOnly) {
    throw new AppError('UNPROCESSABLE', {
      message: `${address}: ${located.file} does not parse; form edits refused`,
      userMessage: `Not saved: ${readOnly.reason}`,
    });
  }
  const edited = editResource(content, located, body.changes);
  if (edited.text === content) return { file: located.file, etag, diff: { changedLines: [] } };
  const validated = await validateResourceEdit(
    located,
    edited.text,
    body.changes.some((change) => change.op === 'add-block'),
  );
  const written = await writeDraftFile(located.draft, located.file, edited.text, body.baseEtag);
  // The validation of the new text is the module's new index: the next read needs no second one.
  rememberIndexedRoot(located.draft, located.root.root, validated);
  return { file: located.file, etag: written.etag, diff: { changedLines: edited.changedLines } };
}

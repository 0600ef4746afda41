import 'server-only';
import type { TActor } from '../auth/get-actor.ts';
import type { TSaveRulesItemBody, TSaveRulesItemResult } from '../contracts/rules-item-api.ts';
import { AppError } from '../errors/app-error.ts';
import { editRulesItem } from '../falco/edit-rules-item.ts';
import { openRequestDraft } from './open-request-draft.ts';
import { readDraftFile } from './read-draft-file.ts';
import { writeDraftFile } from './write-draft-file.ts';

/**
 * Saves a form's changes to one rule, macro or list of the rules file `path` of the actor's
 * draft: a minimal YAML edit (`editRulesItem`: comments and other bytes kept), written atomically
 * only if the file still has `baseEtag`. Throws AppError: CONFLICT (stale ETag;
 * details.currentEtag), UNPROCESSABLE (the edit was refused: YAML errors, item moved), and what
 * `readDraftFile`/`writeDraftFile` throw.
 */
export async function saveRulesItem(
  workspaceId: string,
  branch: string | undefined,
  actor: TActor,
  path: string,
  body: TSaveRulesItemBody,
): Promise<TSaveRulesItemResult> {
  const draft = await openRequestDraft(workspaceId, branch, actor);
  const { content, etag } = await readDraftFile(draft, path);
  if (etag !== body.baseEtag) {
    throw new AppError('CONFLICT', {
      message: `"${path}" changed since the form of ${body.ref.kind} ${body.ref.name} was read`,
      userMessage: `"${path}" was changed since you opened the form of ${body.ref.kind} "${body.ref.name}". Reload to see the current version.`,
      details: { currentEtag: etag },
    });
  }
  const result = editRulesItem(content, body.ref, body.changes);
  if (!result.isEdited) {
    throw new AppError('UNPROCESSABLE', {
      message: `${path}: ${body.ref.kind} ${body.ref.name}: ${result.reason}`,
      userMessage: `Not saved: ${body.ref.kind} "${body.ref.name}" in ${path}: ${result.reason}.`,
    });
  }
  if (result.text === content) return { path, etag };
  const written = await writeDraftFile(draft, path, result.text, body.baseEtag);
  return { path, etag: written.etag };
}

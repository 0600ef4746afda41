import 'server-only';
import type { TActor } from '../auth/get-actor.ts';
import { AppError } from '../errors/app-error.ts';
import { applyTextEdits } from '../hcl/apply-text-edits.ts';
import { parseHcl } from '../hcl/parse-hcl.ts';
import { upgradeLegacySyntax } from '../hcl/upgrade-legacy-syntax.ts';
import { openRequestDraft } from './open-request-draft.ts';
import { readDraftFile } from './read-draft-file.ts';
import { writeDraftFile } from './write-draft-file.ts';

/**
 * The one-click "upgrade syntax" fix: rewrites a file's Terraform 0.11 (HCL1) constructs to HCL2
 * (blocks inside objects become nested blocks, `"${x}"` becomes `x`), like `terraform 0.12upgrade`,
 * and saves it to the draft if the file still has the ETag the person saw. Refuses when the
 * upgrade would not leave a file HCL accepts.
 */
export async function upgradeRequestFile(
  workspaceId: string,
  branch: string | undefined,
  actor: TActor,
  path: string,
  baseEtag: string,
): Promise<{ etag: string; edits: number }> {
  const draft = await openRequestDraft(workspaceId, branch, actor);
  const file = await readDraftFile(draft, path);
  const edits = upgradeLegacySyntax(file.content);
  if (edits.length === 0) return { etag: file.etag, edits: 0 };
  const upgraded = applyTextEdits(file.content, edits);
  const remaining = parseHcl(upgraded, { filename: path }).diagnostics.filter(
    (d) => d.severity === 'error',
  );
  if (remaining.length > 0) {
    const first = remaining[0]!;
    throw new AppError('UNPROCESSABLE', {
      message: `${path}: after the upgrade, ${first.range.start.line}:${first.range.start.column} still has an error (${first.message}); fix it in code`,
    });
  }
  const { etag } = await writeDraftFile(draft, path, upgraded, baseEtag);
  return { etag, edits: edits.length };
}

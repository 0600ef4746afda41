import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors/app-error.ts';
import type { TValidationDiagnostic, TValidationReport } from '../validate/types.ts';
import { validateModule } from '../validate/validate-module.ts';
import { sharedParseCache } from './index-draft.ts';
import { listDraftFiles } from './list-draft-files.ts';
import { readDraftText } from './read-draft-text.ts';
import type { TDraftResource } from './locate-draft-resource.ts';

const MODULE_FILE = /\.(tf|tfvars|ya?ml)$/;

/**
 * Validates the resource's root module as it would be with `newText` in the resource's file, and
 * throws AppError('UNPROCESSABLE') listing the errors of this resource that the new text
 * introduces (errors it already had do not block a save: the form may be fixing others). With
 * `isAddingBlocks`, missing required attributes are allowed: a new block is added empty, then filled in.
 * Returns the module's files as validated (sorted by path, the new text in place) and the report,
 * which is the module's index once the new text is written. Reads the draft; writes nothing.
 */
export async function validateResourceEdit(
  located: TDraftResource,
  newText: string,
  isAddingBlocks = false,
): Promise<{ files: Array<{ path: string; text: string }>; report: TValidationReport }> {
  const { draft, root, file, address } = located;
  const folder = root.root || '.';
  const paths = (await listDraftFiles(draft))
    .filter(
      (f) =>
        f.status !== 'deleted' && path.posix.dirname(f.path) === folder && MODULE_FILE.test(f.path),
    )
    .map((f) => f.path)
    .sort();
  const files = await Promise.all(
    paths.map(async (p) => ({
      path: p,
      text: p === file ? newText : await readFile(path.join(draft.dir, p), 'utf8'),
    })),
  );
  const report = validateModule({
    modulePath: folder,
    files,
    readFile: (p) => readDraftText(draft, p),
    parseCache: sharedParseCache(),
  });
  const key = (d: TValidationDiagnostic) => `${d.code}|${d.attribute ?? ''}|${d.message}`;
  const before = new Set(
    root.diagnostics.filter((d) => d.address === address && d.severity === 'error').map(key),
  );
  const introduced = report.diagnostics.filter(
    (d) =>
      d.address === address &&
      d.severity === 'error' &&
      !before.has(key(d)) &&
      !(isAddingBlocks && d.code === 'missing-required'),
  );
  if (introduced.length === 0) return { files, report };
  throw new AppError('UNPROCESSABLE', {
    message: `${address}: the change would introduce ${introduced.length} error(s): ${introduced.map((d) => d.message).join('; ')}`,
    userMessage: `Not saved: ${introduced.map((d) => `${d.attribute ?? address}: ${d.message}${d.hint ? ` ${d.hint}` : ''}`).join(' · ')}`,
    invalidParams: introduced.map((d) => ({ name: d.attribute ?? address, reason: d.message })),
  });
}

import 'server-only';
import { AppError } from '../errors/app-error.ts';
import type { TValidationDiagnostic, TValidationReport } from '../validate/types.ts';
import { validateModule } from '../validate/validate-module.ts';
import type { TValidationMemo } from '../validate/validation-memo.ts';
import { indexedRootInputs, memoOfRoot, sharedParseCache } from './index-draft.ts';
import { readDraftText } from './read-draft-text.ts';
import { readRootFiles } from './read-root-files.ts';
import type { TDraftResource } from './locate-draft-resource.ts';

/**
 * Validates the resource's root module as it would be with `newText` in the resource's file, and
 * throws AppError('UNPROCESSABLE') listing the errors of this resource that the new text
 * introduces (errors it already had do not block a save: the form may be fixing others). With
 * `isAddingBlocks`, missing required attributes are allowed: a new block is added empty, then filled in.
 * Returns the module's files as validated (sorted by path, the new text in place), the report,
 * which is the module's index once the new text is written, and the memo it was validated with
 * (the root's, so only the edited file is redone). Reads the draft; writes nothing.
 */
export async function validateResourceEdit(
  located: TDraftResource,
  newText: string,
  isAddingBlocks = false,
): Promise<{
  files: Array<{ path: string; text: string }>;
  report: TValidationReport;
  memo: TValidationMemo;
}> {
  const { draft, root, file, address } = located;
  const folder = root.root || '.';
  // The files the resource was just located in (its root's index), the edited one replaced.
  const indexed = indexedRootInputs(draft, root.root);
  const files = (indexed?.files ?? (await readRootFiles(draft, root.root))).map((f) =>
    f.path === file ? { path: f.path, text: newText } : f,
  );
  const memo = indexed?.memo ?? memoOfRoot(draft, root.root);
  const report = validateModule({
    modulePath: folder,
    files,
    readFile: (p) => readDraftText(draft, p),
    parseCache: sharedParseCache(),
    memo,
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
  if (introduced.length === 0) return { files, report, memo };
  throw new AppError('UNPROCESSABLE', {
    message: `${address}: the change would introduce ${introduced.length} error(s): ${introduced.map((d) => d.message).join('; ')}`,
    userMessage: `Not saved: ${introduced.map((d) => `${d.attribute ?? address}: ${d.message}${d.hint ? ` ${d.hint}` : ''}`).join(' · ')}`,
    invalidParams: introduced.map((d) => ({ name: d.attribute ?? address, reason: d.message })),
  });
}

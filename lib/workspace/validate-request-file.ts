import 'server-only';
import path from 'node:path';
import type { TActor } from '../auth/get-actor.ts';
import type { TDiagnostic } from '../contracts/index-api.ts';
import { getEnv } from '../env.ts';
import { AppError } from '../errors/app-error.ts';
import { ZRepoPath } from '../git/repo-path.ts';
import { validateModule } from '../validate/validate-module.ts';
import { listDraftFiles } from './list-draft-files.ts';
import { openRequestDraft } from './open-request-draft.ts';
import { readDraftFile } from './read-draft-file.ts';
import { readDraftText } from './read-draft-text.ts';
import { readWorkspaceConfig } from './read-workspace-config.ts';

const MODULE_FILE = /\.(tf|tfvars|ya?ml)$/;

/**
 * Validates unsaved text of one draft file in the context of its module (the other files as
 * saved): what the editor shows as markers before saving. Writes nothing. Throws
 * AppError('INVALID_INPUT', 422-style details) listing the errors when there are any, so a
 * rejected text is a clear 4xx with positions.
 */
export async function validateRequestFile(
  workspaceId: string,
  branch: string | undefined,
  actor: TActor,
  filePath: string,
  content: string,
): Promise<TDiagnostic[]> {
  if (!ZRepoPath.safeParse(filePath).success)
    throw new AppError('INVALID_INPUT', { message: `invalid path "${filePath}"` });
  await readWorkspaceConfig(getEnv().dataDir, workspaceId);
  const draft = await openRequestDraft(workspaceId, branch, actor);
  const folder = path.posix.dirname(filePath);
  const siblings = (await listDraftFiles(draft)).filter(
    (f) =>
      f.status !== 'deleted' &&
      f.path !== filePath &&
      path.posix.dirname(f.path) === folder &&
      MODULE_FILE.test(f.path),
  );
  const files = [{ path: filePath, text: content }];
  for (const sibling of siblings)
    files.push({ path: sibling.path, text: (await readDraftFile(draft, sibling.path)).content });
  const report = validateModule({
    modulePath: folder,
    files,
    readFile: (file) => readDraftText(draft, file),
  });
  const diagnostics = report.diagnostics.filter((d) => d.file === filePath);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new AppError('UNPROCESSABLE', {
      message: `${filePath}: ${errors.length} error(s), first at ${errors[0]!.line}:${errors[0]!.column}: ${errors[0]!.message}`,
      details: { diagnostics },
    });
  }
  return diagnostics;
}

import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TImportIntoDraftBody, TImportIntoDraftResult } from '../contracts/import-api.ts';
import { AppError } from '../errors/app-error.ts';
import { resolveInWorktree } from '../git/resolve-in-worktree.ts';
import { parseHcl } from '../hcl/index.ts';
import { generateImportModule, mergeImportFiles } from '../import/index.ts';
import type { TWorkspaceConnection } from '../runs/workspace-backend.ts';
import { createSecureClient } from '../secure/create-secure-client.ts';
import type { TDraft } from '../workspace/draft.ts';
import { writeDraftFile } from '../workspace/write-draft-file.ts';
import { readExistingModule } from './read-existing-module.ts';
import { readImportSnapshot } from './read-import-snapshot.ts';
import { selectSnapshot } from './select-snapshot.ts';

/**
 * Imports the chosen live objects of the workspace's backend into code: generates their resources
 * (today's provider syntax, references to what the module already has by address, secrets as
 * sensitive variables), the variables and the `import {}` blocks, and writes them into
 * `body.path` of the draft — a new file, or appended to an existing one — only if that file still
 * has `body.baseEtag` (AppError('CONFLICT') otherwise). The target must be a `.tf` file directly
 * in one of `roots` (AppError('INVALID_INPUT')). Objects gone from Secure: AppError('NOT_FOUND');
 * objects that cannot be imported (Sysdig-owned, already in the module…): AppError('INVALID_INPUT')
 * when nothing is left. The connection's token is only used for requests.
 */
export async function importIntoDraft(
  draft: TDraft,
  roots: readonly string[],
  connection: TWorkspaceConnection,
  body: TImportIntoDraftBody,
): Promise<TImportIntoDraftResult> {
  const folder = path.posix.dirname(body.path) === '.' ? '' : path.posix.dirname(body.path);
  if (!roots.includes(folder)) {
    throw new AppError('INVALID_INPUT', {
      message: `import target ${body.path} is not in a root module folder`,
      userMessage: `"${body.path}" is not in a module folder of this workspace: choose a file directly in ${roots.map((r) => `"${r || '.'}"`).join(' or ')}.`,
    });
  }
  const client = createSecureClient({
    baseUrl: connection.baseUrl,
    token: connection.token,
    ...(connection.fetch ? { fetch: connection.fetch } : {}),
  });
  const ids = (family: string) =>
    body.objects.filter((o) => o.apiFamily === family).map((o) => Number(o.id));
  const { snapshot } = await readImportSnapshot(client, {
    token: connection.token,
    ruleIds: ids('rule'),
    listIds: ids('list'),
    macroIds: ids('macro'),
    ...(connection.fetch ? { fetch: connection.fetch } : {}),
  });
  const existing = await readExistingModule(path.join(draft.dir, folder));
  const generated = generateImportModule(selectSnapshot(snapshot, body.objects), {
    existing: existing.resources,
    withVersions: false,
  });
  const skipped = generated.skipped.map((s) => ({ id: s.id, name: s.name, reason: s.reason }));
  if (generated.resources.length === 0) {
    throw new AppError('INVALID_INPUT', {
      message: 'import: nothing to generate',
      userMessage: `Nothing to import: ${skipped.map((s) => `${s.name || s.id}: ${s.reason}`).join('; ') || 'no object chosen'}.`,
    });
  }
  const absolute = await resolveInWorktree(draft.dir, body.path);
  const current = await readFile(absolute, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  const text = mergeImportFiles(generated.files, current);
  // The generator is pure and tested; this guards the appended file as a whole.
  const parsed = parseHcl(text, { filename: body.path });
  if (parsed.diagnostics.some((d) => d.severity === 'error')) {
    throw new AppError('INVALID_INPUT', {
      message: `import: ${body.path} would not parse after the import`,
      userMessage: `"${body.path}" has syntax errors; fix them or import into a new file.`,
    });
  }
  const { etag } = await writeDraftFile(draft, body.path, text, body.baseEtag);
  return {
    path: body.path,
    etag,
    resources: generated.resources.map((r) => ({ address: r.address, type: r.type, id: r.id })),
    skipped,
    variables: generated.variables.map((v) => v.name),
  };
}

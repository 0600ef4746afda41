import 'server-only';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { TActor } from '../auth/get-actor.ts';
import type { TAddWorkspaceBody } from '../contracts/workspace-api.ts';
import { getEnv } from '../env.ts';
import { AppError } from '../errors/app-error.ts';
import { ZCloneSource } from '../git/parse-clone-source.ts';
import { ZRepoPath } from '../git/repo-path.ts';
import { addWorkspace } from './add-workspace.ts';
import type { TWorkspaceConfig } from './workspace-config.ts';

/** Adds a workspace for an admin request: validates the source and roots, clones, audits. */
export async function addRequestWorkspace(
  actor: TActor,
  body: TAddWorkspaceBody,
): Promise<TWorkspaceConfig> {
  const source = ZCloneSource.safeParse(body.source);
  if (!source.success) {
    const reason = source.error.issues[0]?.message ?? 'is invalid';
    throw new AppError('INVALID_INPUT', {
      message: `source ${reason}`,
      invalidParams: [{ name: 'source', reason }],
    });
  }
  for (const root of body.roots ?? []) {
    if (root !== '' && !ZRepoPath.safeParse(root).success) {
      throw new AppError('INVALID_INPUT', {
        message: `root module folder "${root}" is not a valid repo path`,
      });
    }
  }
  const id = body.id ?? slugify(body.name);
  if (!id) throw new AppError('INVALID_INPUT', { message: 'choose a name with letters or digits' });
  const config = await addWorkspace(getEnv().dataDir, {
    id,
    name: body.name,
    source: source.data,
    roots: body.roots,
    backend: { kind: 'local' },
  });
  await appendAuditEvent(getEnv().dataDir, {
    actor: actor.username,
    action: 'workspace-add',
    target: id,
    detail: { source: source.data.kind },
  });
  return config;
}

function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
}

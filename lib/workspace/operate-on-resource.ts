import 'server-only';
import path from 'node:path';
import type { TActor } from '../auth/get-actor.ts';
import type { TResourceOperation } from '../contracts/resource-ops-api.ts';
import { getEnv } from '../env.ts';
import { AppError } from '../errors/app-error.ts';
import { addResource } from '../hcl/edit/add-resource.ts';
import { HclEditError } from '../hcl/edit/hcl-edit-error.ts';
import { removeResource } from '../hcl/edit/remove-resource.ts';
import { renameResource } from '../hcl/edit/rename-resource.ts';
import { parseHcl } from '../hcl/parse-hcl.ts';
import { ZRepoPath } from '../git/repo-path.ts';
import { indexDraft } from './index-draft.ts';
import { openRequestDraft } from './open-request-draft.ts';
import { readDraftFile } from './read-draft-file.ts';
import { readWorkspaceConfig } from './read-workspace-config.ts';
import { templateAttributes } from './template-attributes.ts';
import { writeDraftFile } from './write-draft-file.ts';

/**
 * Creates (from the type's template, in `terraform fmt` style, into a chosen file), duplicates,
 * renames (every reference in the module follows) or deletes a resource of the draft, through the
 * HCL engine's verified edits. Each changed file is written with the ETag read for this operation,
 * so a concurrent save makes it fail with 409 rather than overwrite.
 */
export async function operateOnResource(
  workspaceId: string,
  branch: string | undefined,
  actor: TActor,
  operation: TResourceOperation,
): Promise<{ address: string | null; files: string[] }> {
  const config = await readWorkspaceConfig(getEnv().dataDir, workspaceId);
  const draft = await openRequestDraft(workspaceId, branch, actor);
  const write = async (file: string, edit: (text: string) => string) => {
    const { content, etag } = await readDraftFile(draft, file).catch(() => ({
      content: '',
      etag: 'absent',
    }));
    await writeDraftFile(draft, file, edit(content), etag);
  };
  try {
    if (operation.op === 'create') {
      if (!ZRepoPath.safeParse(operation.file).success || !operation.file.endsWith('.tf')) {
        throw new AppError('INVALID_INPUT', {
          message: `"${operation.file}" is not a .tf file path inside the repository`,
        });
      }
      const attributes = templateAttributes(operation.type, operation.name);
      await write(
        operation.file,
        (text) =>
          addResource(text, { type: operation.type, name: operation.name, attributes }).text,
      );
      return { address: `${operation.type}.${operation.name}`, files: [operation.file] };
    }
    const roots = await indexDraft(draft, config.roots);
    const root = roots.find((r) => r.resources.some((res) => res.address === operation.address));
    const resource = root?.resources.find((r) => r.address === operation.address);
    if (!root || !resource)
      throw new AppError('NOT_FOUND', { message: `no resource ${operation.address} in the draft` });
    if (operation.op === 'delete') {
      await write(
        resource.file,
        (text) => removeResource(text, ['resource', resource.type, resource.name]).text,
      );
      return { address: null, files: [resource.file] };
    }
    if (operation.op === 'duplicate') {
      await write(resource.file, (text) =>
        duplicateBlock(text, resource.type, resource.name, operation.name),
      );
      return { address: `${resource.type}.${operation.name}`, files: [resource.file] };
    }
    const moduleFiles = [...new Set(root.resources.map((r) => r.file))];
    const folder = root.root || '.';
    const all = await Promise.all(
      moduleFiles
        .filter((f) => path.posix.dirname(f) === folder)
        .map(async (file) => {
          const read = await readDraftFile(draft, file);
          return { path: file, content: read.content, etag: read.etag };
        }),
    );
    const edits = renameResource(
      all.map((f) => ({ path: f.path, text: f.content })),
      { type: resource.type, from: resource.name, to: operation.name },
    );
    const changed = edits.filter((e) => e.edits.length > 0);
    for (const edit of changed)
      await writeDraftFile(
        draft,
        edit.path,
        edit.text,
        all.find((f) => f.path === edit.path)!.etag,
      );
    return { address: `${resource.type}.${operation.name}`, files: changed.map((e) => e.path) };
  } catch (error) {
    if (error instanceof HclEditError) {
      throw new AppError(error.code === 'not-found' ? 'NOT_FOUND' : 'INVALID_INPUT', {
        message: error.message,
      });
    }
    throw error;
  }
}

// A copy of the block under a new name, appended after a blank line; refused if it would not parse.
function duplicateBlock(text: string, type: string, from: string, to: string): string {
  const block = parseHcl(text).blocks.find(
    (b) => b.type === 'resource' && b.labels[0]?.value === type && b.labels[1]?.value === from,
  );
  if (!block)
    throw new AppError('NOT_FOUND', { message: `no resource ${type}.${from} in its file` });
  const label = block.labels[1]!;
  const copy = text.slice(block.start, label.start) + `"${to}"` + text.slice(label.end, block.end);
  const next = `${text.replace(/\s*$/, '')}\n\n${copy}\n`;
  if (
    parseHcl(next).blocks.filter(
      (b) => b.type === 'resource' && b.labels[0]?.value === type && b.labels[1]?.value === to,
    ).length !== 1
  ) {
    throw new AppError('INVALID_INPUT', {
      message: `${type}.${to} already exists or the copy would not parse`,
    });
  }
  return next;
}

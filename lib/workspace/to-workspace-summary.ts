import type { TWorkspaceSummary } from '../contracts/workspace-api.ts';
import type { TWorkspaceConfig } from './workspace-config.ts';

/** What the browser may know of a workspace: never a token. */
export function toWorkspaceSummary(config: TWorkspaceConfig): TWorkspaceSummary {
  return {
    id: config.id,
    name: config.name,
    description: config.description,
    defaultBranch: config.defaultBranch,
    roots: config.roots,
    backend:
      config.backend.kind === 'local'
        ? { kind: 'local', label: 'Local Secure (embedded)' }
        : { kind: 'remote', label: new URL(config.backend.url).host },
  };
}

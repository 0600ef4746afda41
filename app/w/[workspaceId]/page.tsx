import { preload } from 'react-dom';
import { Studio } from '@/components/workspace/studio';
import { getEnv } from '@/lib/env';
import { readWorkspaceConfig } from '@/lib/workspace/read-workspace-config';

const VIEWS = ['overview', 'resources', 'plan'] as const;

export default async function WorkspacePage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceId: string }>;
  searchParams: Promise<{ branch?: string | string[]; view?: string | string[] }>;
}) {
  const { workspaceId } = await params;
  const { branch, view } = await searchParams;
  // Knowing the branch here lets the browser ask for the draft's index at once; an unknown
  // workspace is left to the studio, which shows the API's problem.
  const defaultBranch = await readWorkspaceConfig(getEnv().dataDir, workspaceId).then(
    (config) => config.defaultBranch,
    () => undefined,
  );
  const draftBranch = typeof branch === 'string' ? branch : defaultBranch;
  // The draft's index is what every view waits for: the browser fetches it while the scripts load
  // (the same URL and request mode as the studio's own query, which then reuses the response).
  if (draftBranch)
    preload(
      `/api/workspaces/${encodeURIComponent(workspaceId)}/index?${new URLSearchParams({ branch: draftBranch })}`,
      { as: 'fetch', crossOrigin: 'anonymous' },
    );
  return (
    <Studio
      workspaceId={workspaceId}
      branch={draftBranch}
      initialView={VIEWS.find((v) => v === view)}
    />
  );
}

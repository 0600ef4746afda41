import { EARLY_SHORTCUT_SCRIPT } from '@/components/palette/early-shortcut';
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
  // A <link> in the HTML, not react-dom's preload(): that one reaches the browser as a hint in the
  // RSC payload, which only the loaded scripts read.
  const indexUrl = draftBranch
    ? `/api/workspaces/${encodeURIComponent(workspaceId)}/index?${new URLSearchParams({ branch: draftBranch })}`
    : null;
  return (
    <>
      {/* Static text of ours (no user data): keeps a Ctrl/Cmd+K pressed before hydration. */}
      <script dangerouslySetInnerHTML={{ __html: EARLY_SHORTCUT_SCRIPT }} />
      {indexUrl ? <link rel="preload" href={indexUrl} as="fetch" crossOrigin="anonymous" /> : null}
      <Studio
        workspaceId={workspaceId}
        branch={draftBranch}
        initialView={VIEWS.find((v) => v === view)}
      />
    </>
  );
}

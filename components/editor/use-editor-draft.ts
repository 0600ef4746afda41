'use client';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams, useSearchParams } from 'next/navigation';
import { ZDraftIndex } from '@/lib/contracts/index-api';
import { ZWorkspaceSummary } from '@/lib/contracts/workspace-api';
import type { TSymbol } from '@/lib/contracts/index-api';
import type { TKnownResource } from '@/lib/editor-intel';
import { apiFetch } from '@/lib/query/api-fetch';
import { workspaceKeys } from '@/lib/query/workspace-keys';
import { workspaceUrls } from '@/lib/query/workspace-urls';

const NO_RESOURCES: TKnownResource[] = [];
const NO_SYMBOLS: TSymbol[] = [];

/**
 * The draft the editor is on, read from the page URL (`/w/[workspaceId]?branch=`, else the
 * workspace's default branch), and the draft index's resources (same query key as the studio's,
 * so one request serves both) and its symbols (variables, locals, …). `draft` is null until both
 * are known.
 */
export function useEditorDraft(): {
  draft: { workspaceId: string; branch: string } | null;
  resources: TKnownResource[];
  symbols: TSymbol[];
} {
  const params = useParams<{ workspaceId?: string }>();
  const search = useSearchParams();
  const workspaceId =
    typeof params?.workspaceId === 'string' ? decodeURIComponent(params.workspaceId) : '';
  const workspace = useQuery({
    queryKey: workspaceKeys.detail(workspaceId),
    queryFn: ({ signal }) =>
      apiFetch(workspaceUrls.detail(workspaceId), ZWorkspaceSummary, { signal }),
    enabled: workspaceId !== '' && !search?.get('branch'),
  });
  const branch = search?.get('branch') || workspace.data?.defaultBranch || '';
  const index = useQuery({
    queryKey: workspaceKeys.index(workspaceId, branch),
    queryFn: ({ signal }) =>
      apiFetch(
        `/api/workspaces/${encodeURIComponent(workspaceId)}/index?${new URLSearchParams({ branch })}`,
        ZDraftIndex,
        { signal },
      ),
    enabled: workspaceId !== '' && branch !== '',
  });
  const resources = useMemo(
    () => (index.data ? index.data.roots.flatMap((root) => root.resources) : NO_RESOURCES),
    [index.data],
  );
  const symbols = useMemo(
    () => (index.data ? index.data.roots.flatMap((root) => root.symbols) : NO_SYMBOLS),
    [index.data],
  );
  return { draft: workspaceId && branch ? { workspaceId, branch } : null, resources, symbols };
}

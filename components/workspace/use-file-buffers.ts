'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ZDraftFile, ZSaveFileResult } from '@/lib/contracts/workspace-api';
import { ApiError, apiFetch } from '@/lib/query/api-fetch';
import { workspaceKeys } from '@/lib/query/workspace-keys';
import { workspaceUrls } from '@/lib/query/workspace-urls';
import type { TFileBuffer } from './file-buffer';

const AUTOSAVE_DELAY_MS = 700;

/**
 * The open files of a draft and their saving: every edit is written to the draft shortly after
 * typing stops (or at once on Ctrl+S), with the ETag it was based on; a 409 becomes a conflict
 * the person resolves, never a silent overwrite.
 */
export function useFileBuffers(workspaceId: string, branch: string) {
  const client = useQueryClient();
  // The ref is the source of truth (saves read it after awaits); state only triggers renders.
  const buffersRef = useRef<Record<string, TFileBuffer>>({});
  const [, setRenderCount] = useState(0);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const inFlight = useRef(new Set<string>());

  const put = useCallback((path: string, buffer: TFileBuffer) => {
    buffersRef.current = { ...buffersRef.current, [path]: buffer };
    setRenderCount((count) => count + 1);
  }, []);

  const update = useCallback(
    (path: string, change: (buffer: TFileBuffer) => TFileBuffer) => {
      const buffer = buffersRef.current[path];
      if (buffer) put(path, change(buffer));
    },
    [put],
  );

  const load = useCallback(
    async (path: string, { force = false }: { force?: boolean } = {}) => {
      if (!force && buffersRef.current[path]) return;
      const file = await client.fetchQuery({
        queryKey: workspaceKeys.file(workspaceId, branch, path),
        queryFn: ({ signal }) =>
          apiFetch(workspaceUrls.file(workspaceId, branch, path), ZDraftFile, { signal }),
        staleTime: 0,
      });
      put(path, {
        text: file.content,
        savedText: file.content,
        etag: file.etag,
        headContent: file.headContent,
        save: { kind: 'idle' },
        externalVersion: (buffersRef.current[path]?.externalVersion ?? 0) + 1,
      });
    },
    [client, put, workspaceId, branch],
  );

  const save = useCallback(
    async (path: string, options: { overwrite?: boolean } = {}) => {
      const pending = timers.current.get(path);
      if (pending) clearTimeout(pending);
      timers.current.delete(path);
      const buffer = buffersRef.current[path];
      // A save already on its way re-checks for newer text when it lands (below).
      if (!buffer || inFlight.current.has(path)) return;
      if (buffer.text === buffer.savedText && !options.overwrite) return;
      if (buffer.save.kind === 'conflict' && !options.overwrite) return;
      inFlight.current.add(path);
      const text = buffer.text;
      update(path, (b) => ({ ...b, save: { kind: 'saving' } }));
      try {
        let baseEtag = buffer.etag;
        if (options.overwrite) {
          const current = await apiFetch(workspaceUrls.file(workspaceId, branch, path), ZDraftFile);
          baseEtag = current.etag;
        }
        const result = await apiFetch(
          workspaceUrls.file(workspaceId, branch, path),
          ZSaveFileResult,
          {
            method: 'PUT',
            body: { content: text, baseEtag },
          },
        );
        update(path, (b) => ({ ...b, savedText: text, etag: result.etag, save: { kind: 'idle' } }));
        void client.invalidateQueries({ queryKey: workspaceKeys.files(workspaceId, branch) });
        void client.invalidateQueries({ queryKey: workspaceKeys.index(workspaceId, branch) });
        void client.invalidateQueries({ queryKey: workspaceKeys.changes(workspaceId, branch) });
      } catch (error) {
        if (error instanceof ApiError && error.status === 409)
          update(path, (b) => ({ ...b, save: { kind: 'conflict' } }));
        else if (error instanceof ApiError)
          update(path, (b) => ({ ...b, save: { kind: 'error', problem: error.problem } }));
        else throw error;
      } finally {
        inFlight.current.delete(path);
      }
      const after = buffersRef.current[path];
      if (after && after.save.kind === 'idle' && after.text !== after.savedText) void save(path);
    },
    [client, update, workspaceId, branch],
  );

  const edit = useCallback(
    (path: string, text: string) => {
      update(path, (b) => ({ ...b, text }));
      const pending = timers.current.get(path);
      if (pending) clearTimeout(pending);
      timers.current.set(
        path,
        setTimeout(() => void save(path), AUTOSAVE_DELAY_MS),
      );
    },
    [save, update],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  return {
    buffers: buffersRef.current,
    load,
    edit,
    save,
    reload: (path: string) => load(path, { force: true }),
  };
}

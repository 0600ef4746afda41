'use client';
import { useEffect, useRef } from 'react';
import {
  collectLocalDiagnostics,
  selectServerDiagnostics,
  toMarker,
  type TDiagnostic,
} from '@/lib/editor-intel';
import { monaco } from './monaco-setup';
import { validateDraftText } from './validate-draft-text';

const LOCAL_DELAY_MS = 300;
const SERVER_DELAY_MS = 800;
const BROWSER_OWNER = 'rampart-browser';
const SERVER_OWNER = 'rampart-server';

const SEVERITY: Record<TDiagnostic['severity'], monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

type TModel = monaco.editor.ITextModel;

/**
 * Live diagnostics as Monaco markers on `model`: the browser's checks 300 ms after typing stops
 * (owner `rampart-browser`), the server's module-aware validation 800 ms after and at once on
 * `validateNow()` (owner `rampart-server`), minus what the browser already shows. A server answer
 * for text that has changed since is dropped. Markers are cleared on unmount.
 */
export function useLiveMarkers(
  model: TModel | null,
  path: string,
  draft: { workspaceId: string; branch: string } | null,
): { validateNow: () => void } {
  const validateNowRef = useRef<() => void>(() => undefined);
  const draftKey = draft ? `${draft.workspaceId}\n${draft.branch}` : '';

  useEffect(() => {
    if (!model) return;
    let local: TDiagnostic[] = [];
    let server: { version: number; diagnostics: TDiagnostic[] } | null = null;
    let localTimer: ReturnType<typeof setTimeout> | undefined;
    let serverTimer: ReturnType<typeof setTimeout> | undefined;
    let isActive = true;
    const lineText = (line: number) =>
      line >= 1 && line <= model.getLineCount() ? model.getLineContent(line) : '';
    const toMarkers = (diagnostics: TDiagnostic[]) =>
      diagnostics
        .filter((d) => d.line >= 1 && d.line <= model.getLineCount())
        .map((d) => ({
          ...toMarker(d, lineText),
          severity: SEVERITY[d.severity],
          source: 'Rampart',
        }));

    const showServer = () => {
      if (!server) return;
      const isServerStale = server.version !== model.getVersionId();
      monaco.editor.setModelMarkers(
        model,
        SERVER_OWNER,
        toMarkers(selectServerDiagnostics(local, server.diagnostics, { isServerStale })),
      );
    };
    const runLocal = () => {
      if (model.isDisposed()) return;
      local = collectLocalDiagnostics(path, model.getValue());
      monaco.editor.setModelMarkers(model, BROWSER_OWNER, toMarkers(local));
      showServer();
    };
    const runServer = () => {
      if (!draft || model.isDisposed()) return;
      const version = model.getVersionId();
      // Not aborted when newer text comes (an aborted upload is an error in the server log): an
      // answer for older text is simply dropped.
      validateDraftText(draft, path, model.getValue())
        .then((diagnostics) => {
          if (!diagnostics || !isActive || model.isDisposed() || model.getVersionId() !== version)
            return;
          server = { version, diagnostics: diagnostics.filter((d) => d.file === path) };
          showServer();
        })
        // Unparseable answer: keep the markers shown.
        .catch(() => undefined);
    };

    runLocal();
    runServer();
    const subscription = model.onDidChangeContent(() => {
      clearTimeout(localTimer);
      clearTimeout(serverTimer);
      localTimer = setTimeout(runLocal, LOCAL_DELAY_MS);
      serverTimer = setTimeout(runServer, SERVER_DELAY_MS);
    });
    validateNowRef.current = () => {
      clearTimeout(serverTimer);
      runServer();
    };
    return () => {
      subscription.dispose();
      clearTimeout(localTimer);
      clearTimeout(serverTimer);
      isActive = false;
      validateNowRef.current = () => undefined;
      if (!model.isDisposed()) {
        monaco.editor.setModelMarkers(model, BROWSER_OWNER, []);
        monaco.editor.setModelMarkers(model, SERVER_OWNER, []);
      }
    };
    // `draft` is captured through draftKey: a new object with the same values must not re-run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model, path, draftKey]);

  return { validateNow: () => validateNowRef.current() };
}

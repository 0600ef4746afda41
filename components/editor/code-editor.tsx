'use client';
import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import type { TEditorFacts } from '@/lib/editor-intel';
import { monaco } from './monaco-setup';
import { languageOf } from './language-of';
import { acquireHclProviders } from './register-hcl-providers';
import { useEditorDraft } from './use-editor-draft';
import { useLiveMarkers } from './use-live-markers';

/** A problem shown in the editor, as the pane lists it. */
export interface TEditorProblem {
  severity: 'error' | 'warning' | 'info';
  line: number;
  column: number;
  message: string;
}

interface TCodeEditorProps {
  path: string;
  value: string;
  /** Bumped when the text was replaced from outside (reload, discard); then `value` is applied. */
  externalVersion: number;
  reveal?: { line: number; column?: number; nonce: number } | null;
  onChange: (value: string) => void;
  onSave: () => void;
  /** Opens another repo file at a line (go to definition into another file). */
  onOpenFile?: (file: string, line: number) => void;
  /** Called with the file's markers (browser and server) whenever they change. */
  onProblems?: (problems: TEditorProblem[]) => void;
}

type TEditor = Parameters<OnMount>[0];

const SEVERITY_NAME = (severity: monaco.MarkerSeverity): TEditorProblem['severity'] =>
  severity === monaco.MarkerSeverity.Error
    ? 'error'
    : severity === monaco.MarkerSeverity.Warning
      ? 'warning'
      : 'info';

/**
 * Monaco on one repo file: one model per file URI, kept while the page lives. Outside changes go
 * through an edit operation (not setValue), so undo survives them. Live diagnostics as markers,
 * and for `.tf` files completion, hover docs and go to definition (lib/editor-intel).
 */
export function CodeEditor({
  path,
  value,
  externalVersion,
  reveal,
  onChange,
  onSave,
  onOpenFile,
  onProblems,
}: TCodeEditorProps) {
  const editorRef = useRef<TEditor | null>(null);
  const [model, setModel] = useState<monaco.editor.ITextModel | null>(null);
  const { draft, resources, symbols } = useEditorDraft();
  const { validateNow } = useLiveMarkers(model, path, draft);
  const onSaveRef = useRef(onSave);
  const onProblemsRef = useRef(onProblems);
  const onOpenFileRef = useRef(onOpenFile);
  const factsRef = useRef<TEditorFacts>({ path, resources, symbols });
  const validateNowRef = useRef(validateNow);
  useEffect(() => {
    onSaveRef.current = onSave;
    onProblemsRef.current = onProblems;
    onOpenFileRef.current = onOpenFile;
    factsRef.current = { path, resources, symbols };
    validateNowRef.current = validateNow;
  });

  useEffect(() => {
    if (!model || languageOf(path) !== 'hcl') return;
    return acquireHclProviders(
      model.uri.toString(),
      () => factsRef.current,
      (file, line) => onOpenFileRef.current?.(file, line),
    );
  }, [model, path]);

  useEffect(() => {
    if (!model) return;
    const report = () => {
      const markers = monaco.editor.getModelMarkers({ resource: model.uri });
      onProblemsRef.current?.(
        markers
          .map((marker) => ({
            severity: SEVERITY_NAME(marker.severity),
            line: marker.startLineNumber,
            column: marker.startColumn,
            message: marker.message,
          }))
          .sort((a, b) => a.line - b.line || a.column - b.column),
      );
    };
    report();
    const subscription = monaco.editor.onDidChangeMarkers((uris) => {
      if (uris.some((uri) => uri.toString() === model.uri.toString())) report();
    });
    return () => subscription.dispose();
  }, [model]);

  useEffect(() => {
    const current = editorRef.current?.getModel();
    if (!current || current.getValue() === value) return;
    current.pushEditOperations(
      [],
      [{ range: current.getFullModelRange(), text: value }],
      () => null,
    );
    // Only an outside replacement should push text into Monaco; typing flows the other way.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [externalVersion, path]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !reveal) return;
    editor.revealLineInCenter(reveal.line);
    editor.setPosition({ lineNumber: reveal.line, column: reveal.column ?? 1 });
    editor.focus();
  }, [reveal]);

  return (
    <Editor
      path={`file:///${path}`}
      defaultValue={value}
      defaultLanguage={languageOf(path)}
      keepCurrentModel
      theme="vs"
      loading={<p className="muted">Loading editor…</p>}
      options={{
        minimap: { enabled: false },
        fontSize: 13,
        scrollBeyondLastLine: false,
        renderWhitespace: 'selection',
        tabSize: 2,
        automaticLayout: true,
        ariaLabel: `Code editor: ${path}`,
        fixedOverflowWidgets: true,
      }}
      onChange={(next) => onChange(next ?? '')}
      onMount={(editor, monacoApi) => {
        editorRef.current = editor;
        const mounted = editor.getModel();
        // A kept model may hold older text than the buffer: an edit, so undo survives.
        if (mounted && mounted.getValue() !== value)
          mounted.pushEditOperations(
            [],
            [{ range: mounted.getFullModelRange(), text: value }],
            () => null,
          );
        editor.addCommand(monacoApi.KeyMod.CtrlCmd | monacoApi.KeyCode.KeyS, () => {
          onSaveRef.current();
          validateNowRef.current();
        });
        if (reveal) {
          editor.revealLineInCenter(reveal.line);
          editor.setPosition({ lineNumber: reveal.line, column: reveal.column ?? 1 });
          // Opened at a line (go to definition, a problem, the resource browser): type there.
          editor.focus();
        }
        // The problem list below the editor comes and goes; keep the line being typed in view.
        editor.onDidLayoutChange(() => {
          const position = editor.getPosition();
          if (position && editor.hasTextFocus())
            editor.revealPositionInCenterIfOutsideViewport(position);
        });
        setModel(mounted);
      }}
    />
  );
}

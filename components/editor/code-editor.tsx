'use client';
import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import './monaco-setup';
import { languageOf } from './language-of';

interface TCodeEditorProps {
  path: string;
  value: string;
  /** Bumped when the text was replaced from outside (reload, discard); then `value` is applied. */
  externalVersion: number;
  reveal?: { line: number; nonce: number } | null;
  onChange: (value: string) => void;
  onSave: () => void;
}

type TEditor = Parameters<OnMount>[0];

/**
 * Monaco on one repo file: one model per file URI, kept while the page lives. Outside changes go
 * through an edit operation (not setValue), so undo survives them.
 */
export function CodeEditor({ path, value, externalVersion, reveal, onChange, onSave }: TCodeEditorProps) {
  const editorRef = useRef<TEditor | null>(null);
  const onSaveRef = useRef(onSave);
  useEffect(() => {
    onSaveRef.current = onSave;
  }, [onSave]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model || model.getValue() === value) return;
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
    // Only an outside replacement should push text into Monaco; typing flows the other way.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [externalVersion, path]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !reveal) return;
    editor.revealLineInCenter(reveal.line);
    editor.setPosition({ lineNumber: reveal.line, column: 1 });
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
      }}
      onChange={(next) => onChange(next ?? '')}
      onMount={(editor, monaco) => {
        editorRef.current = editor;
        const model = editor.getModel();
        if (model && model.getValue() !== value) model.setValue(value);
        editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => onSaveRef.current());
        if (reveal) {
          editor.revealLineInCenter(reveal.line);
          editor.setPosition({ lineNumber: reveal.line, column: 1 });
        }
      }}
    />
  );
}

'use client';
import {
  describeHover,
  findDefinition,
  listCompletions,
  type TCompletion,
  type TEditorFacts,
} from '@/lib/editor-intel';
import { monaco } from './monaco-setup';

type TDisposable = { dispose(): void };

// One set of providers for every HCL editor (Monaco calls every registered provider, so a second
// registration would double each suggestion); ref-counted so the last editor to go disposes them.
let registration: { count: number; disposables: TDisposable[] } | null = null;
// Facts per model URI, set by each mounted editor (providers see only the model).
const factsByUri = new Map<string, () => TEditorFacts>();
// How each mounted editor opens another repo file at a line (the studio's open()).
const openersByUri = new Map<string, (file: string, line: number) => void>();

const KIND: Record<TCompletion['kind'], monaco.languages.CompletionItemKind> = {
  'resource-type': monaco.languages.CompletionItemKind.Class,
  attribute: monaco.languages.CompletionItemKind.Property,
  block: monaco.languages.CompletionItemKind.Struct,
  'meta-argument': monaco.languages.CompletionItemKind.Keyword,
  'enum-value': monaco.languages.CompletionItemKind.EnumMember,
  reference: monaco.languages.CompletionItemKind.Reference,
};

/**
 * Registers completion, hover and go-to-definition for HCL (once, however many editors are
 * mounted) and makes `facts()` the facts of the model at `uri`. Go to definition into another
 * file (F12, Ctrl/Cmd+click) calls `openFile(file, line)` of the editor it starts from. Returns
 * the release function: call it on unmount.
 */
export function acquireHclProviders(
  uri: string,
  facts: () => TEditorFacts,
  openFile: (file: string, line: number) => void,
): () => void {
  factsByUri.set(uri, facts);
  openersByUri.set(uri, openFile);
  if (!registration) registration = { count: 0, disposables: registerProviders() };
  registration.count++;
  return () => {
    factsByUri.delete(uri);
    openersByUri.delete(uri);
    if (!registration) return;
    registration.count--;
    if (registration.count === 0) {
      registration.disposables.forEach((disposable) => disposable.dispose());
      registration = null;
    }
  };
}

function registerProviders(): TDisposable[] {
  return [
    monaco.languages.registerCompletionItemProvider('hcl', {
      triggerCharacters: ['"', '.', ' '],
      provideCompletionItems(model, position) {
        const facts = factsByUri.get(model.uri.toString());
        if (!facts) return { suggestions: [] };
        const offset = model.getOffsetAt(position);
        const suggestions = listCompletions(model.getValue(), offset, facts()).map((item) => {
          const start = model.getPositionAt(item.replaceStart);
          return {
            label: item.label,
            kind: KIND[item.kind],
            insertText: item.insertText,
            insertTextRules: item.isSnippet
              ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet
              : undefined,
            detail: item.detail,
            documentation: { value: item.documentation },
            sortText: item.sortText,
            range: new monaco.Range(
              start.lineNumber,
              start.column,
              position.lineNumber,
              position.column,
            ),
            command: item.isRetrigger
              ? { id: 'editor.action.triggerSuggest', title: 'Suggest' }
              : undefined,
          };
        });
        return { suggestions };
      },
    }),
    monaco.languages.registerHoverProvider('hcl', {
      provideHover(model, position) {
        const facts = factsByUri.get(model.uri.toString());
        if (!facts) return null;
        const hover = describeHover(model.getValue(), model.getOffsetAt(position), facts());
        if (!hover) return null;
        const start = model.getPositionAt(hover.start);
        const end = model.getPositionAt(hover.end);
        return {
          contents: [{ value: hover.markdown }],
          range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
        };
      },
    }),
    monaco.languages.registerDefinitionProvider('hcl', {
      provideDefinition(model, position) {
        const facts = factsByUri.get(model.uri.toString());
        if (!facts) return null;
        const definition = findDefinition(model.getValue(), model.getOffsetAt(position), facts());
        if (!definition) return null;
        return {
          // Another file is opened by the editor opener below (the studio opens it), never by
          // swapping this editor's model behind the studio's back.
          uri: definition.isSameFile ? model.uri : fileUri(definition.file),
          range: new monaco.Range(
            definition.line,
            definition.column,
            definition.line,
            definition.column,
          ),
        };
      },
    }),
    monaco.editor.registerEditorOpener({
      openCodeEditor(source, resource, selectionOrPosition) {
        const from = source.getModel()?.uri.toString();
        const open = from ? openersByUri.get(from) : undefined;
        // The same file: Monaco moves the cursor itself.
        if (!open || resource.toString() === from || resource.scheme !== 'file') return false;
        const line =
          selectionOrPosition && 'startLineNumber' in selectionOrPosition
            ? selectionOrPosition.startLineNumber
            : (selectionOrPosition?.lineNumber ?? 1);
        open(resource.path.replace(/^\//, ''), line);
        return true;
      },
    }),
  ];
}

// The model URI of a repo file, as CodeEditor names its models (`file:///<repo path>`).
function fileUri(file: string): monaco.Uri {
  return monaco.Uri.parse(`file:///${file}`);
}

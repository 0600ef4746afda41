import type { TDiagnostic, TIndexedResource, TSymbol } from '../contracts/index-api.ts';

/** A resource the editor can point at: from the draft index or declared in the text being edited. */
export type TKnownResource = Pick<TIndexedResource, 'address' | 'type' | 'name' | 'file' | 'line'>;

/** What the editor knows besides the text: the file's repo path and the draft's resources. */
export interface TEditorFacts {
  /** Repo path of the edited file, e.g. `current/falco.tf`. */
  path: string;
  /** Resources of the draft index (saved files); the edited file's own come from its text. */
  resources: readonly TKnownResource[];
  /** Variables, locals, data sources and outputs of the draft index (for go to definition). */
  symbols?: readonly TSymbol[];
}

/** A completion suggestion, independent of Monaco (the component maps `kind` to Monaco's). */
export interface TCompletion {
  label: string;
  kind: 'resource-type' | 'attribute' | 'block' | 'meta-argument' | 'enum-value' | 'reference';
  /** Text inserted; a snippet (`$0` cursor) when `isSnippet`. */
  insertText: string;
  isSnippet: boolean;
  detail: string;
  /** Markdown. */
  documentation: string;
  /** Lower sorts first. */
  sortText: string;
  /** Offset where the replaced prefix starts (the cursor is its end). */
  replaceStart: number;
  /** Open the suggestion list again after inserting (e.g. enum values after `name = "`). */
  isRetrigger?: boolean;
}

/** Hover text (markdown) over the half-open offset range `[start, end)`. */
export interface THover {
  markdown: string;
  start: number;
  end: number;
}

/** Where a reference's resource, variable, local or data source is declared. `isSameFile` when it is in the edited text. */
export interface TDefinition {
  file: string;
  line: number;
  column: number;
  isSameFile: boolean;
}

/** A marker in Monaco's coordinates (1-based), without Monaco's enums. */
export interface TMarker {
  severity: TDiagnostic['severity'];
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  message: string;
  code: string;
}

export type { TDiagnostic };

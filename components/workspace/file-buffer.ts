import type { TProblem } from '@/lib/contracts/problem';

/** Where a file's save stands (STYLE: a discriminated union, not a bag of booleans). */
export type TSaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'conflict' }
  | { kind: 'error'; problem: TProblem };

/** An open file in the browser: the text being edited and what the server last stored. */
export interface TFileBuffer {
  text: string;
  savedText: string;
  etag: string;
  headContent: string | null;
  save: TSaveState;
  /** Bumped when the text is replaced from outside the editor (reload, discard). */
  externalVersion: number;
}

/** True when the buffer has edits the server does not have yet. */
export function isDirty(buffer: TFileBuffer): boolean {
  return buffer.text !== buffer.savedText;
}

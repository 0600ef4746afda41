import { applyTextEdits, parseHcl, type HclParseResult, type TextEdit } from '../index.ts';
import { HclEditError } from './hcl-edit-error.ts';
import { minimizeEdits } from './minimize-edits.ts';
import type { HclEditResult } from './types.ts';

/** An operation's own check of the new text: null when right, else what is wrong. */
export type HclEditCheck = (parsed: HclParseResult, text: string) => string | null;

function fail(where: string, why: string): never {
  throw new HclEditError(
    'verification-failed',
    `${where}: the edit was refused because ${why}; nothing was changed. Make this change in the code editor.`,
  );
}

function errorKeys(parsed: HclParseResult): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of parsed.diagnostics) {
    if (d.severity !== 'error') continue;
    const key = `${d.code}: ${d.message}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Minimises `edits`, applies them to `text` and proves the result before returning it: every
 * character outside the edit ranges is unchanged (checked segment by segment), the new text has
 * no syntax error the old one did not have, and `check` accepts the re-parsed text (the edited
 * value decodes to exactly the requested one). Throws HclEditError 'verification-failed' otherwise.
 */
export function verifyEdit(
  text: string,
  edits: readonly TextEdit[],
  where: string,
  check: HclEditCheck,
): HclEditResult {
  let minimal: TextEdit[];
  let next: string;
  try {
    minimal = minimizeEdits(text, edits);
    next = applyTextEdits(text, minimal);
  } catch (error) {
    fail(where, `its edits are invalid (${(error as Error).message})`);
  }
  const sorted = [...minimal].sort(
    (a, b) => a.range.start - b.range.start || a.range.end - b.range.end,
  );
  let oldCursor = 0;
  let newCursor = 0;
  for (const edit of sorted) {
    const kept = text.slice(oldCursor, edit.range.start);
    if (next.slice(newCursor, newCursor + kept.length) !== kept)
      fail(where, 'text outside the edits changed');
    newCursor += kept.length + edit.newText.length;
    oldCursor = edit.range.end;
  }
  if (next.slice(newCursor) !== text.slice(oldCursor))
    fail(where, 'text outside the edits changed');
  const before = errorKeys(parseHcl(text));
  const parsed = parseHcl(next);
  for (const [key, count] of errorKeys(parsed))
    if (count > (before.get(key) ?? 0)) fail(where, `the new text would not parse (${key})`);
  let problem: string | null;
  try {
    problem = check(parsed, next);
  } catch (error) {
    problem = `the new text could not be checked (${(error as Error).message})`;
  }
  if (problem !== null) fail(where, problem);
  return { edits: minimal, text: next };
}

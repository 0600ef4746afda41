import { AppError } from '../errors/app-error.ts';
import {
  addNestedBlock,
  HclEditError,
  removeAttribute,
  removeNestedBlock,
  resolveAddress,
  setAttribute,
  type HclEditAddress,
  type HclEditValue,
} from '../hcl/edit/index.ts';
import type { TResourceChange } from '../contracts/resource-api.ts';

/** The result of {@link editResource}: the new file text and the lines (1-based, new text) that changed. */
export interface TResourceEdit {
  text: string;
  changedLines: number[];
}

/**
 * Applies a form's changes to one resource of a file's text, in order, through the verified
 * minimal HCL edits (`setAttribute`, `removeAttribute`, `addNestedBlock`, `removeNestedBlock`):
 * only the changed attributes' spans are touched; comments and alignment elsewhere stay byte for
 * byte. Removing an absent attribute is a no-op. Pure.
 * Throws AppError: NOT_FOUND (resource, block or attribute missing), INVALID_INPUT (ambiguous
 * address, syntax error in the file, a value that cannot be written), INTERNAL (an edit that
 * failed its own verification).
 */
export function editResource(
  text: string,
  resource: { type: string; name: string },
  changes: readonly TResourceChange[],
): TResourceEdit {
  const address = `${resource.type}.${resource.name}`;
  let current = text;
  for (const change of changes) {
    const target: HclEditAddress = {
      block: ['resource', resource.type, resource.name],
      path: change.path,
    };
    const field = describe(address, change);
    try {
      if (change.op === 'set')
        current = setAttribute(
          current,
          { ...target, attribute: change.attribute },
          change.value as HclEditValue,
        ).text;
      else if (change.op === 'remove')
        current = removeIfPresent(current, { ...target, attribute: change.attribute });
      else if (change.op === 'add-block')
        current = addNestedBlock(current, target, change.block, {}).text;
      else current = removeNestedBlock(current, target).text;
    } catch (error) {
      throw toAppError(error, address, field);
    }
  }
  return { text: current, changedLines: changedLines(text, current) };
}

// The form may clear a field that is already absent (an unset optional): nothing to do then.
function removeIfPresent(text: string, address: HclEditAddress): string {
  return resolveAddress(text, address).attribute ? removeAttribute(text, address).text : text;
}

function describe(address: string, change: TResourceChange): string {
  const path = change.path.map((step) => `${step.block}[${step.index}]`).join('.');
  const leaf =
    change.op === 'set' || change.op === 'remove'
      ? change.attribute
      : change.op === 'add-block'
        ? change.block
        : '';
  return [path, leaf].filter(Boolean).join('.') || '(resource)';
}

function toAppError(error: unknown, address: string, field: string): unknown {
  if (!(error instanceof HclEditError)) return error;
  const where = `${address}, field ${field}`;
  switch (error.code) {
    case 'not-found':
      return new AppError('NOT_FOUND', { message: `${where}: ${error.message}`, cause: error });
    case 'verification-failed':
      return new AppError('INTERNAL', {
        message: `${where}: edit failed verification: ${error.message}`,
        cause: error,
      });
    default:
      return new AppError('INVALID_INPUT', {
        message: `${where}: ${error.message}`,
        userMessage: `Cannot change ${where}: ${error.message}`,
        cause: error,
      });
  }
}

/**
 * Lines of `after` that differ from `before`: common leading and trailing lines are unchanged;
 * within the middle, lines are paired by position when both sides have the same count (the usual
 * case of edits that replace values), else the whole middle of `after` is reported.
 */
export function changedLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail += 1;
  const lines: number[] = [];
  const middleA = a.length - head - tail;
  const middleB = b.length - head - tail;
  for (let i = head; i < b.length - tail; i += 1) {
    if (middleA !== middleB || a[i] !== b[i]) lines.push(i + 1);
  }
  return lines;
}

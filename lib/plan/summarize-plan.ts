import type { TPlanSummary, TResourceChange } from './plan-model.ts';

/**
 * Counts like Terraform's "Plan: …" line: a replace is one add and one destroy, an adopt is an
 * import (and a change when followed by an update). Pure.
 */
export function summarizePlan(changes: readonly TResourceChange[]): TPlanSummary {
  const summary: TPlanSummary = { add: 0, change: 0, destroy: 0, import: 0, replace: 0, noOp: 0 };
  for (const { change } of changes) {
    for (const action of change.actions) {
      if (action === 'create') summary.add += 1;
      else if (action === 'update') summary.change += 1;
      else if (action === 'delete') summary.destroy += 1;
      else if (action === 'adopt') summary.import += 1;
      else if (action === 'no-op') summary.noOp += 1;
      else if (action === 'replace') {
        summary.replace += 1;
        summary.add += 1;
        summary.destroy += 1;
      }
    }
  }
  return summary;
}

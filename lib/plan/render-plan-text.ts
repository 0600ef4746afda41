import { formatPlanValue } from './format-plan-value.ts';
import type { TAttributeChange, TPlan, TResourceChange } from './plan-model.ts';
import { valueAtPath } from './value-at-path.ts';

const ATTRIBUTE_INDENT = '      ';

/**
 * The plan as `terraform plan` prints it: objects changed outside code, the legend, one block per
 * resource that changes (`# x will be updated in-place`, `~ severity = 4 -> 2`, `+`/`-`/`-/+`
 * markers, `(known after apply)`, `(sensitive value)`, `# forces replacement`), then
 * `Plan: 2 to add, 1 to change, 0 to destroy, 3 to import.` or "No changes. Your infrastructure
 * matches the configuration.". Works on the masked plan, so no raw secret can appear. Pure.
 */
export function renderPlanText(plan: TPlan): string {
  const out: string[] = [];
  const drifted = plan.resource_changes.filter((change) => change.drift.length > 0);
  if (drifted.length > 0) {
    out.push(
      'Note: Objects have changed outside of code',
      '',
      'Rampart detected the following changes made outside of code since the last apply:',
      '',
    );
    for (const change of drifted) out.push(...renderDrift(change), '');
  }
  const changing = plan.resource_changes.filter(
    (change) => !change.change.actions.includes('no-op'),
  );
  if (changing.length === 0) {
    out.push('No changes. Your infrastructure matches the configuration.');
    return `${[...out, ...renderUnmanaged(plan)].join('\n')}\n`;
  }
  out.push(...renderLegend(changing), '', 'Rampart will perform the following actions:', '');
  for (const change of changing) out.push(...renderChange(change), '');
  const { add, change, destroy, import: imported } = plan.summary;
  out.push(
    `Plan: ${add} to add, ${change} to change, ${destroy} to destroy${imported > 0 ? `, ${imported} to import` : ''}.`,
  );
  return `${[...out, ...renderUnmanaged(plan)].join('\n')}\n`;
}

function renderLegend(changes: readonly TResourceChange[]): string[] {
  const symbols = new Map<string, string>();
  for (const { change } of changes) {
    const [marker] = header(change);
    const meaning: Record<string, string> = {
      '+': 'create',
      '~': 'update in-place',
      '-': 'destroy',
      '-/+': 'destroy and then create replacement',
      '+/-': 'create replacement and then destroy',
    };
    if (meaning[marker]) symbols.set(marker, meaning[marker]);
  }
  return [
    'Resource actions are indicated with the following symbols:',
    ...[...symbols].map(([marker, meaning]) => `${marker.padStart(3)} ${meaning}`),
  ];
}

/** [marker, verb phrase] of a change. */
function header(change: TResourceChange['change']): [string, string] {
  const { actions } = change;
  if (actions.includes('replace'))
    return change.replaceOrder === 'create-before-delete'
      ? ['+/-', 'must be replaced']
      : ['-/+', 'must be replaced'];
  if (actions.includes('create')) return ['+', 'will be created'];
  if (actions.includes('delete')) return ['-', 'will be destroyed'];
  if (actions.includes('update')) return ['~', 'will be updated in-place'];
  return [' ', 'will be imported'];
}

function renderChange(resource: TResourceChange): string[] {
  const { change } = resource;
  const [marker, phrase] = header(change);
  const lines = [`  # ${resource.address} ${phrase}`];
  if (change.actions.includes('adopt') && change.actions.length > 1)
    lines.push(`    # (imported from "${resource.liveId ?? ''}")`);
  for (const note of resource.notes) lines.push(`    # ! ${note}`);
  lines.push(`${marker.padStart(3)} resource "${resource.type}" "${resource.name}" {`);
  const isShown = !change.actions.includes('adopt') || change.actions.length > 1;
  const rows = isShown ? resource.attributes : [];
  const width = Math.max(2, ...rows.map((row) => row.path.length));
  const id = `"${resource.liveId ?? ''}"`;
  const idKey = 'id'.padEnd(width);
  if (change.actions.includes('create'))
    lines.push(`${ATTRIBUTE_INDENT}+ ${idKey} = (known after apply)`);
  else if (change.actions.includes('replace'))
    lines.push(`${ATTRIBUTE_INDENT}~ ${idKey} = ${id} -> (known after apply)`);
  else if (change.actions.includes('delete'))
    lines.push(`${ATTRIBUTE_INDENT}- ${idKey} = ${id} -> null`);
  else lines.push(`${ATTRIBUTE_INDENT}  ${idKey} = ${id}`);
  for (const row of rows) lines.push(renderRow(row, change.after_unknown, width));
  const hidden = hiddenCount(resource);
  if (hidden > 0) lines.push(`${ATTRIBUTE_INDENT}  # (${hidden} unchanged attributes hidden)`);
  lines.push('    }');
  return lines;
}

function renderRow(row: TAttributeChange, afterUnknown: unknown, width: number): string {
  const unknown = valueAtPath(afterUnknown, row.path);
  const format = (value: unknown, mask?: unknown) =>
    formatPlanValue(value, {
      isSensitive: row.isSensitive,
      unknown: mask,
      indent: ATTRIBUTE_INDENT,
    });
  const path = row.path.padEnd(width);
  const isAdded = row.before === null;
  const isRemoved = row.after === null && !row.isUnknownAfter;
  if (isAdded) return `${ATTRIBUTE_INDENT}+ ${path} = ${format(row.after, unknown)}`;
  if (isRemoved) return `${ATTRIBUTE_INDENT}- ${path} = ${format(row.before)} -> null`;
  const suffix = row.forceNew ? ' # forces replacement' : '';
  return `${ATTRIBUTE_INDENT}~ ${path} = ${format(row.before)} -> ${format(row.after, unknown)}${suffix}`;
}

function renderDrift(resource: TResourceChange): string[] {
  const lines = [
    `  # ${resource.address} has changed`,
    `  ~ resource "${resource.type}" "${resource.name}" {`,
  ];
  const width = Math.max(2, ...resource.drift.map((drift) => drift.path.length));
  lines.push(`${ATTRIBUTE_INDENT}  ${'id'.padEnd(width)} = "${resource.liveId ?? ''}"`);
  for (const drift of resource.drift)
    lines.push(renderRow({ ...drift, isUnknownAfter: false, forceNew: false }, undefined, width));
  lines.push('    }');
  return lines;
}

function hiddenCount(resource: TResourceChange): number {
  const { change } = resource;
  const isUpdate = change.actions.includes('update') || change.actions.includes('replace');
  if (!isUpdate) return 0;
  const after = (change.after ?? {}) as Record<string, unknown>;
  const shown = new Set(resource.attributes.map((row) => row.path.split(/[.[]/)[0]));
  return Object.keys(after).filter((name) => !shown.has(name)).length;
}

function renderUnmanaged(plan: TPlan): string[] {
  const count = plan.unmanaged.length;
  if (count === 0) return [];
  return [
    '',
    `${count} object${count === 1 ? '' : 's'} in Secure ${count === 1 ? 'is' : 'are'} not managed by this code (never deleted).`,
  ];
}

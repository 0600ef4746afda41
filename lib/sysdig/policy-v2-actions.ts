import type { TConfigValue } from '../terraform/config-value.ts';
import { array, integer, record, text } from './api-read.ts';
import { attribute, ordered } from './attribute-meta.ts';
import type { TAttributeMeta, TConfigObject } from './definition.ts';
import { blocksOf, isUnknown, zBlocks, zBool, zEnum, zInt, zString } from './schema-helpers.ts';
import { unresolvedMarker } from './unresolved.ts';

const NS_PER_SECOND = 1_000_000_000;

/** zod shape of the current-era `actions` block (spec §4.1). */
export const ZPolicyV2Actions = zBlocks({
  container: zEnum(['stop', 'pause', 'kill']).optional(),
  kill_process: zBool().default(false),
  capture: zBlocks({
    seconds_after_event: zInt(0),
    seconds_before_event: zInt(0),
    name: zString(),
    filter: zString().default(''),
    bucket_name: zString().default(''),
    folder: zString().default('/'),
  }).optional(),
}).optional();

/** Metadata of the current-era `actions` block. */
export const policyV2ActionsAttribute: TAttributeMeta = attribute('actions', 'block-list', {
  help: 'What Secure does when the policy triggers. Only the first block is used.',
  attributes: ordered([
    attribute('container', 'string', {
      help: 'Stop, pause or kill the container.',
      enumValues: ['stop', 'pause', 'kill'],
    }),
    attribute('kill_process', 'bool', { help: 'Kill the offending process.', default: false }),
    attribute('capture', 'block-list', {
      help: 'Take a capture (a sysdig trace file) around the event. Only the first block is used.',
      attributes: ordered([
        attribute('seconds_after_event', 'number', {
          help: 'Seconds captured after the event.',
          required: true,
          min: 0,
        }),
        attribute('seconds_before_event', 'number', {
          help: 'Seconds captured before the event.',
          required: true,
          min: 0,
        }),
        attribute('name', 'string', { help: 'Capture file name.', required: true }),
        attribute('filter', 'string', {
          help: 'Sysdig filter applied to the capture.',
          default: '',
        }),
        attribute('bucket_name', 'string', {
          help: 'S3 bucket (empty: Sysdig storage).',
          default: '',
        }),
        attribute('folder', 'string', { help: 'Folder inside the bucket.', default: '/' }),
      ]),
    }),
  ]),
});

/**
 * API `actions` of a v2 policy (spec §4.1): KILL_PROCESS, then the container action, then the first capture;
 * zero values dropped as Go `omitempty` does, `storageType` always "S3".
 */
export function buildPolicyV2Actions(actions: TConfigValue | undefined): Record<string, unknown>[] {
  const block = blocksOf(actions)[0];
  if (!block) return [];
  const result: Record<string, unknown>[] = [];
  if (block.kill_process === true || isUnknown(block.kill_process)) {
    const type = isUnknown(block.kill_process)
      ? unresolvedMarker(block.kill_process.expression, [...block.kill_process.references])
      : 'POLICY_ACTION_KILL_PROCESS';
    result.push({ isLimitedToContainer: false, type });
  }
  const container = block.container;
  if (typeof container === 'string' && container !== '') {
    result.push({ isLimitedToContainer: false, type: `POLICY_ACTION_${container.toUpperCase()}` });
  } else if (isUnknown(container)) {
    result.push({
      isLimitedToContainer: false,
      type: unresolvedMarker(container.expression, [...container.references]),
    });
  }
  // addActionsToPolicy reads actions.0.capture.0 only.
  const capture = blocksOf(block.capture)[0];
  if (capture) result.push(captureAction(capture));
  return result;
}

function captureAction(capture: TConfigObject): Record<string, unknown> {
  const action: Record<string, unknown> = {};
  putNs(action, 'afterEventNs', capture.seconds_after_event);
  putNs(action, 'beforeEventNs', capture.seconds_before_event);
  putText(action, 'name', capture.name);
  putText(action, 'filter', capture.filter);
  action.storageType = 'S3';
  putText(action, 'bucketName', capture.bucket_name);
  putText(action, 'folder', capture.folder);
  action.isLimitedToContainer = false;
  action.type = 'POLICY_ACTION_CAPTURE';
  return action;
}

function putNs(
  target: Record<string, unknown>,
  key: string,
  seconds: TConfigValue | undefined,
): void {
  if (isUnknown(seconds))
    target[key] = unresolvedMarker(`${seconds.expression} * 1e9`, [...seconds.references]);
  else if (typeof seconds === 'number' && seconds !== 0) target[key] = seconds * NS_PER_SECOND;
}

function putText(
  target: Record<string, unknown>,
  key: string,
  value: TConfigValue | undefined,
): void {
  if (isUnknown(value) || (typeof value === 'string' && value !== '')) target[key] = value;
}

/**
 * Read mapping of v2 actions (spec §4.1): CAPTURE → capture block (ns ÷ 1e9), KILL_PROCESS →
 * kill_process, any other type → `container` (prefix stripped, lowercased). Undefined when the API
 * returned no actions (PR #275: the block is then not written).
 */
export function decodePolicyV2Actions(apiActions: unknown): TConfigObject[] | undefined {
  const actions = array(apiActions).map(record);
  if (actions.length === 0) return undefined;
  const block: TConfigObject = { kill_process: false, capture: [] };
  const captures: TConfigObject[] = [];
  for (const action of actions) {
    const type = text(action.type);
    if (type === 'POLICY_ACTION_CAPTURE') {
      captures.push({
        seconds_after_event: Math.floor(integer(action.afterEventNs) / NS_PER_SECOND),
        seconds_before_event: Math.floor(integer(action.beforeEventNs) / NS_PER_SECOND),
        name: text(action.name),
        filter: text(action.filter),
        bucket_name: text(action.bucketName),
        folder: text(action.folder),
      });
    } else if (type === 'POLICY_ACTION_KILL_PROCESS') {
      block.kill_process = true;
    } else {
      block.container = type.replace(/^POLICY_ACTION_/, '').toLowerCase();
    }
  }
  block.capture = captures;
  return [block];
}

/** Spec §5.2: an `actions` block with nothing in it equals no block (PR #275 guard). */
export function canonicalPolicyV2Actions(actions: TConfigValue | undefined): TConfigValue {
  if (!Array.isArray(actions)) return actions ?? [];
  return actions.filter((block) => {
    if (isUnknown(block)) return true;
    const value = block as TConfigObject;
    const captures = Array.isArray(value.capture) ? value.capture : [];
    return !(
      (value.container ?? '') === '' &&
      (value.kill_process ?? false) === false &&
      captures.length === 0
    );
  });
}

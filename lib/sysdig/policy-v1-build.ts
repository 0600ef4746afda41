import type { TConfigValue } from '../terraform/config-value.ts';
import type { TApiRefs, TApiTarget, TConfigObject } from './definition.ts';
import { listConfiguration, matchElements, onDefault, V1_FIELDS } from './policy-v1-lists.ts';
import { blocksOf, firstBlock, isPlainObject, isUnknown, listOf } from './schema-helpers.ts';
import { resolveIdValue, unresolvedMarker } from './unresolved.ts';

/**
 * The SEED v1 policy body `{"policy":{…}}` in Go struct order (spec §2.1): id, name, description,
 * severity, containerScope, hostScope, enabled, actions (omitted when empty), scope (omitted when ""),
 * falcoConfiguration, processes/containerImages/fileSystem/syscalls/network configurations (only for
 * blocks present; index 0), version (omitted when 0), notificationChannelIds (omitted when empty).
 */
export function buildPolicyV1(
  config: TConfigObject,
  refs: TApiRefs,
  target: TApiTarget,
): Record<string, unknown> {
  const policy: Record<string, unknown> = {};
  if (target.id) policy.id = target.id;
  policy.name = config.name;
  policy.description = config.description;
  policy.severity = config.severity;
  policy.containerScope = config.container_scope;
  policy.hostScope = config.host_scope;
  policy.enabled = config.enabled;
  const actions = buildActions(firstBlock(config.actions));
  if (actions.length > 0) policy.actions = actions;
  if (config.filter !== undefined && config.filter !== '') policy.scope = config.filter;
  policy.falcoConfiguration = { ruleNameRegEx: config.falco_rule_name_regex };
  const processes = firstBlock(config.processes);
  if (processes)
    policy.processesConfiguration = listConfiguration(processes, V1_FIELDS.processes, true);
  const containers = firstBlock(config.containers);
  if (containers)
    policy.containerImagesConfiguration = listConfiguration(
      containers,
      V1_FIELDS.containers,
      false,
    );
  const filesystem = firstBlock(config.filesystem);
  if (filesystem) policy.fileSystemConfiguration = buildFilesystem(filesystem);
  const syscalls = firstBlock(config.syscalls);
  if (syscalls)
    policy.syscallsConfiguration = listConfiguration(syscalls, V1_FIELDS.syscalls, false);
  const network = firstBlock(config.network);
  if (network) policy.networkConfiguration = buildNetwork(network);
  if (target.version) policy.version = target.version;
  const channels = listOf(config.notification_channels).map((id) => resolveIdValue(id, refs));
  if (channels.length > 0) policy.notificationChannelIds = channels;
  return { policy };
}

/** Container action first, capture second; capture ns built as `Atoi(seconds + "000000000")`. */
function buildActions(block: TConfigObject | undefined): Record<string, unknown>[] {
  if (!block) return [];
  const actions: Record<string, unknown>[] = [];
  if (isUnknown(block.container))
    actions.push({
      type: unresolvedMarker(block.container.expression, [...block.container.references]),
    });
  else if (block.container === 'stop') actions.push({ type: 'POLICY_ACTION_STOP' });
  else if (block.container === 'pause') actions.push({ type: 'POLICY_ACTION_PAUSE' });
  const capture = captureMap(block.capture);
  if (capture) {
    const action: Record<string, unknown> = {};
    putNs(action, 'afterEventNs', capture.seconds_after_event);
    putNs(action, 'beforeEventNs', capture.seconds_before_event);
    action.type = 'POLICY_ACTION_CAPTURE';
    actions.push(action);
  }
  return actions;
}

/** The 2018 `capture` TypeMap, written either as a map or as a block. */
export function captureMap(value: TConfigValue | undefined): TConfigObject | undefined {
  const map = Array.isArray(value) ? value[0] : value;
  if (!isPlainObject(map) || isUnknown(map) || Object.keys(map).length === 0) return undefined;
  return map as TConfigObject;
}

function putNs(
  target: Record<string, unknown>,
  key: string,
  seconds: TConfigValue | undefined,
): void {
  if (isUnknown(seconds)) {
    target[key] = unresolvedMarker(`${seconds.expression} * 1e9`, [...seconds.references]);
    return;
  }
  const digits = `${String(seconds ?? '').trim()}000000000`;
  const ns = /^[+-]?\d+$/.test(digits) ? Number.parseInt(digits, 10) : 0;
  if (ns !== 0) target[key] = ns;
}

/** Order: read-whitelist, read-blacklist, readwrite-whitelist, readwrite-blacklist. */
function buildFilesystem(block: TConfigObject): Record<string, unknown> {
  const list = [
    ...matchElements(firstBlock(block.read), { accessType: 'ACCESS_READ' }),
    ...matchElements(firstBlock(block.readwrite), { accessType: 'ACCESS_READWRITE' }),
  ];
  return {
    onDefault: onDefault(block.other_paths),
    fields: [...V1_FIELDS.filesystem],
    list: list.length > 0 ? list : null,
  };
}

/** Order: tcp-accept, tcp-deny, udp-accept, udp-deny; inbound/outbound carry no list. */
function buildNetwork(block: TConfigObject): Record<string, unknown> {
  const ports = blocksOf(block.listening_ports)[0];
  const list = ports
    ? [
        ...matchElements(firstBlock(ports.tcp), { netProto: 'PROTO_TCP' }),
        ...matchElements(firstBlock(ports.udp), { netProto: 'PROTO_UDP' }),
      ]
    : [];
  return {
    listeningPorts: {
      onDefault: onDefault(ports?.default),
      fields: [...V1_FIELDS.listeningPorts],
      list: list.length > 0 ? list : null,
    },
    inbound: { onDefault: onDefault(block.inbound), fields: [...V1_FIELDS.connections] },
    outbound: { onDefault: onDefault(block.outbound), fields: [...V1_FIELDS.connections] },
  };
}

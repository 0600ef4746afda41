import { array, flag, integer, numbers, record, text, unwrap } from './api-read.ts';
import type { TConfigObject } from './definition.ts';
import {
  decodeListConfiguration,
  decodeMatchLists,
  decodePorts,
  fromOnDefault,
} from './policy-v1-lists.ts';

const NS_PER_SECOND = 1_000_000_000;

/**
 * Configuration from a v1 policy (`{"policy":…}` or bare). Decodes everything the body carries, nested
 * blocks included (useful for import), although the SEED Read only refreshes the top-level fields
 * (spec §2.1; see the definition's `notRefreshed`). Only the first STOP/PAUSE action is representable.
 */
export function decodePolicyV1(object: unknown): TConfigObject {
  const policy = unwrap(object, 'policy');
  const config: TConfigObject = {
    name: text(policy.name),
    description: text(policy.description),
    severity: integer(policy.severity),
    enabled: flag(policy.enabled),
    container_scope: flag(policy.containerScope),
    host_scope: flag(policy.hostScope),
    filter: text(policy.scope),
  };
  const regex = text(record(policy.falcoConfiguration).ruleNameRegEx);
  if (regex !== '') config.falco_rule_name_regex = regex;
  config.notification_channels = numbers(policy.notificationChannelIds).map(String);
  const actions = decodeActions(policy.actions);
  if (actions) config.actions = actions;
  for (const [key, api] of [
    ['processes', 'processesConfiguration'],
    ['containers', 'containerImagesConfiguration'],
    ['syscalls', 'syscallsConfiguration'],
  ] as const) {
    const block = decodeListConfiguration(policy[api]);
    if (block) config[key] = block;
  }
  if (policy.fileSystemConfiguration)
    config.filesystem = [decodeFilesystem(record(policy.fileSystemConfiguration))];
  if (policy.networkConfiguration)
    config.network = [decodeNetwork(record(policy.networkConfiguration))];
  return config;
}

function decodeActions(value: unknown): TConfigObject[] | undefined {
  const actions = array(value).map(record);
  if (actions.length === 0) return undefined;
  const block: TConfigObject = {};
  for (const action of actions) {
    if (action.type === 'POLICY_ACTION_STOP' && block.container === undefined)
      block.container = 'stop';
    if (action.type === 'POLICY_ACTION_PAUSE' && block.container === undefined)
      block.container = 'pause';
    if (action.type === 'POLICY_ACTION_CAPTURE') {
      block.capture = [
        {
          seconds_after_event: Math.floor(integer(action.afterEventNs) / NS_PER_SECOND),
          seconds_before_event: Math.floor(integer(action.beforeEventNs) / NS_PER_SECOND),
        },
      ];
    }
  }
  return [block];
}

function decodeFilesystem(configuration: Record<string, unknown>): TConfigObject {
  const block: TConfigObject = { other_paths: fromOnDefault(configuration.onDefault) };
  for (const [key, access] of [
    ['read', 'ACCESS_READ'],
    ['readwrite', 'ACCESS_READWRITE'],
  ] as const) {
    const lists = decodeMatchLists(configuration.list, (element) => element.accessType === access);
    if (Object.keys(lists).length > 0) block[key] = [lists];
  }
  return block;
}

function decodeNetwork(configuration: Record<string, unknown>): TConfigObject {
  const ports = record(configuration.listeningPorts);
  const block: TConfigObject = {
    inbound: fromOnDefault(record(configuration.inbound).onDefault),
    outbound: fromOnDefault(record(configuration.outbound).onDefault),
  };
  const listening: TConfigObject = { default: fromOnDefault(ports.onDefault) };
  const tcp = decodePorts(ports.list, 'PROTO_TCP');
  const udp = decodePorts(ports.list, 'PROTO_UDP');
  if (tcp.length > 0) listening.tcp = tcp;
  if (udp.length > 0) listening.udp = udp;
  if (listening.default !== 'none' || tcp.length > 0 || udp.length > 0)
    block.listening_ports = [listening];
  return block;
}

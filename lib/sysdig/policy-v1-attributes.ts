import { attribute, ordered, versionAttribute } from './attribute-meta.ts';
import type { TAttributeMeta } from './definition.ts';
import { LEGACY_CHANNEL_TYPE } from './type-names.ts';

const EFFECTS = ['accept', 'deny', 'none'] as const;

const effect = (name: string, help: string) =>
  attribute(name, 'string', {
    help: `${help} Unset means none.`,
    enumValues: EFFECTS,
    default: 'none',
  });
const whiteBlack = (elementKind: 'string' | 'number', what: string): TAttributeMeta[] => [
  attribute('whitelist', 'set', { help: `${what} allowed.`, elementKind }),
  attribute('blacklist', 'set', { help: `${what} denied.`, elementKind }),
];
const listBlock = (name: string, what: string) =>
  attribute(name, 'block-single', {
    help: `Match ${what}.`,
    attributes: ordered([
      effect('default', 'Effect when nothing matches.'),
      ...whiteBlack('string', what),
    ]),
  });

/** Form metadata of the SEED `sysdig_secure_policy` (spec §2.1). Unset effects mean `none`. */
export const policyV1Attributes: TAttributeMeta[] = ordered([
  attribute('name', 'string', { help: 'Policy name.', required: true }),
  attribute('description', 'string', { help: 'What the policy detects.', required: true }),
  attribute('severity', 'number', {
    help: '2 = high, 4 = medium, 6 = low (not validated).',
    required: true,
  }),
  attribute('enabled', 'bool', { help: 'Whether the policy is evaluated.', required: true }),
  attribute('filter', 'string', {
    help: 'Scope filter, e.g. kubernetes.namespace.name = "prod".',
    default: '',
  }),
  attribute('container_scope', 'bool', { help: 'Applies to containers.', required: true }),
  attribute('host_scope', 'bool', { help: 'Applies to hosts.', required: true }),
  attribute('falco_rule_name_regex', 'string', {
    help: 'Go (RE2) regular expression selecting Falco rules by name.',
    required: true,
  }),
  attribute('notification_channels', 'set', {
    help: 'Notification channel ids.',
    elementKind: 'string',
    reference: { types: [LEGACY_CHANNEL_TYPE], attribute: 'id' },
  }),
  attribute('actions', 'block-single', {
    help: 'What Secure does on a match.',
    attributes: ordered([
      attribute('container', 'string', {
        help: 'Stop or pause the container.',
        enumValues: ['stop', 'pause'],
      }),
      attribute('capture', 'block-single', {
        help: 'Capture around the event (a map in the 2018 provider).',
        attributes: ordered([
          attribute('seconds_before_event', 'number', {
            help: 'Seconds before.',
            required: true,
            min: 0,
          }),
          attribute('seconds_after_event', 'number', {
            help: 'Seconds after.',
            required: true,
            min: 0,
          }),
        ]),
      }),
    ]),
  }),
  listBlock('processes', 'process names'),
  listBlock('containers', 'container images'),
  listBlock('syscalls', 'system calls'),
  attribute('network', 'block-single', {
    help: 'Match network activity.',
    attributes: ordered([
      effect('inbound', 'Inbound connections.'),
      effect('outbound', 'Outbound connections.'),
      attribute('listening_ports', 'block-single', {
        help: 'Listening ports.',
        attributes: ordered([
          effect('default', 'Effect when no port matches.'),
          attribute('tcp', 'block-single', {
            help: 'TCP ports.',
            attributes: ordered(whiteBlack('number', 'TCP ports')),
          }),
          attribute('udp', 'block-single', {
            help: 'UDP ports.',
            attributes: ordered(whiteBlack('number', 'UDP ports')),
          }),
        ]),
      }),
    ]),
  }),
  attribute('filesystem', 'block-single', {
    help: 'Match file access.',
    attributes: ordered([
      attribute('read', 'block-single', {
        help: 'Read-only access.',
        attributes: ordered(whiteBlack('string', 'Paths')),
      }),
      attribute('readwrite', 'block-single', {
        help: 'Read-write access.',
        attributes: ordered(whiteBlack('string', 'Paths')),
      }),
      effect('other_paths', 'Other paths.'),
    ]),
  }),
  versionAttribute(),
]);

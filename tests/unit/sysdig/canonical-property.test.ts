import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  getResourceType,
  getResourceVariants,
  type TConfigObject,
  type TResourceDefinition,
} from '@/lib/sysdig/index.ts';

const word = fc.stringMatching(/^[a-z][a-z0-9_ ]{0,8}$/);
const ids = fc.uniqueArray(fc.integer({ min: 1, max: 10_000 }), { maxLength: 6 });
const names = fc.uniqueArray(word, { maxLength: 6 });

function shuffled<T>(values: readonly T[], seed: number): T[] {
  const copy = [...values];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = (seed + index * 7919) % (index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

function definition(type: string, variant?: string): TResourceDefinition {
  const found = variant
    ? getResourceVariants(type).find((item) => item.variant === variant)
    : getResourceType(type);
  if (!found) throw new Error(type);
  return found;
}

/** [type, variant, arbitrary config built from (sets, seed) so that the seed permutes every set]. */
const generators: [string, string | undefined, fc.Arbitrary<[TConfigObject, TConfigObject]>][] = [
  [
    'sysdig_secure_custom_policy',
    undefined,
    fc
      .tuple(
        ids,
        names,
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 7 }),
        fc.boolean(),
      )
      .map(([channels, rules, seed, severity, enabled]) => {
        const build = (channelList: number[], ruleList: string[]): TConfigObject => ({
          name: 'p',
          description: 'd',
          severity,
          enabled,
          notification_channels: channelList,
          rules: ruleList.map((name, index) => ({ name, enabled: index % 2 === 0 })),
        });
        const enabledByName = new Map(rules.map((name, index) => [name, index % 2 === 0]));
        const permuted = shuffled(rules, seed);
        return [
          build(channels, rules),
          {
            ...build(shuffled(channels, seed), permuted),
            rules: permuted.map((name) => ({ name, enabled: enabledByName.get(name) ?? true })),
          },
        ];
      }),
  ],
  [
    'sysdig_secure_policy',
    'v1.60',
    fc.tuple(ids, names, fc.integer({ min: 0, max: 1000 })).map(([channels, rules, seed]) => [
      { name: 'p', description: 'd', notification_channels: channels, rule_names: rules },
      {
        name: 'p',
        description: 'd',
        notification_channels: shuffled(channels, seed),
        rule_names: shuffled(rules, seed + 1),
      },
    ]),
  ],
  [
    'sysdig_secure_policy',
    '2018',
    fc
      .tuple(names, names, ids, fc.integer({ min: 0, max: 1000 }))
      .map(([white, black, ports, seed]) => {
        const base = {
          name: 'p',
          description: 'd',
          severity: 4,
          enabled: true,
          container_scope: true,
          host_scope: true,
          falco_rule_name_regex: 'x',
        };
        return [
          {
            ...base,
            notification_channels: ports.map(String),
            processes: [{ whitelist: white, blacklist: black }],
            network: [{ listening_ports: [{ tcp: [{ whitelist: ports }] }] }],
          },
          {
            ...base,
            notification_channels: shuffled(ports.map(String), seed),
            processes: [{ whitelist: shuffled(white, seed), blacklist: shuffled(black, seed + 3) }],
            network: [{ listening_ports: [{ tcp: [{ whitelist: shuffled(ports, seed + 5) }] }] }],
          },
        ];
      }),
  ],
  [
    'sysdig_secure_rule_falco',
    undefined,
    fc
      .tuple(fc.array(word, { maxLength: 6 }), fc.integer({ min: 0, max: 1000 }))
      .map(([tags, seed]) => [
        { name: 'r', condition: 'c', output: 'o', source: 'syscall', tags },
        { name: 'r', condition: 'c', output: 'o', source: 'syscall', tags: shuffled(tags, seed) },
      ]),
  ],
  [
    'sysdig_secure_notification_channel_email',
    undefined,
    fc.tuple(names, fc.integer({ min: 0, max: 1000 })).map(([recipients, seed]) => [
      { name: 'e', recipients },
      { name: 'e', recipients: shuffled(recipients, seed) },
    ]),
  ],
  [
    'sysdig_secure_notification_channel_sns',
    undefined,
    fc.tuple(names, fc.integer({ min: 0, max: 1000 })).map(([topics, seed]) => [
      { name: 's', topics },
      { name: 's', topics: shuffled(topics, seed) },
    ]),
  ],
];

describe('[sysdig] canonical is idempotent and order-insensitive for sets (property)', () => {
  it.each(generators)('[sysdig] %s %s', (type, variant, arbitrary) => {
    const subject = definition(type, variant);
    fc.assert(
      fc.property(arbitrary, ([config, permuted]) => {
        const canonical = subject.canonical(config);
        expect(subject.canonical(canonical)).toEqual(canonical);
        expect(subject.canonical(permuted)).toEqual(canonical);
      }),
      { numRuns: 200 },
    );
  });

  it('[sysdig] list items stay ordered (a list is not a set)', () => {
    const subject = definition('sysdig_secure_list');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/), { minLength: 2, maxLength: 6 }),
        (items) => {
          expect(subject.canonical({ name: 'l', items: [...items].reverse() })).not.toEqual(
            subject.canonical({ name: 'l', items }),
          );
        },
      ),
    );
  });
});

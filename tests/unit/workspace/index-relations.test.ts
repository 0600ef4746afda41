import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ADMIN } from '@/lib/auth/get-actor';
import { ZDraftIndex, type TDraftIndex } from '@/lib/contracts/index-api';
import { parseEnv, setEnv } from '@/lib/env';
import { indexRequestDraft } from '@/lib/workspace/index-request-draft';
import { testWorkspace } from '../../helpers/test-repo';

const SAMPLE = path.resolve('lib/workspace/sample');
let index: TDraftIndex;

// The sample workspace (both eras, two root modules) as a real repo and data dir.
beforeAll(async () => {
  const files: Record<string, string> = {};
  for (const root of ['current', 'legacy-2018'])
    for (const name of readdirSync(path.join(SAMPLE, root)))
      files[`${root}/${name}`] = readFileSync(path.join(SAMPLE, root, name), 'utf8');
  const made = testWorkspace(files, 'relations');
  const config = path.join(made.dataDir, 'workspaces', 'relations', 'workspace.json');
  const workspace = JSON.parse(readFileSync(config, 'utf8')) as { roots: string[] };
  writeFileSync(config, JSON.stringify({ ...workspace, roots: ['current', 'legacy-2018'] }));
  setEnv(parseEnv({ RAMPART_DATA_DIR: made.dataDir }));
  // What the route returns: the index parsed by the route's output schema.
  index = ZDraftIndex.parse(await indexRequestDraft('relations', undefined, LOCAL_ADMIN));
});

const uses = (root: string, from: string) =>
  index.roots
    .find((r) => r.root === root)!
    .relations.filter((r) => r.from === from)
    .map((r) => `${r.to} via ${r.via} @ ${r.file}:${r.line}${r.isResource ? '' : ' (falco)'}`);
const usedBy = (root: string, to: string) =>
  index.roots
    .find((r) => r.root === root)!
    .relations.filter((r) => r.to === to)
    .map((r) => r.from);

describe('[index] relations and symbols of the draft index', () => {
  it('[index] a policy uses its channels and its rule; the rule uses its macro and list', () => {
    // Attributes come before nested blocks (Terraform's own walk order).
    expect(uses('current', 'sysdig_secure_custom_policy.production_shells')).toEqual([
      'sysdig_secure_notification_channel_email.secops via notification_channels @ current/notification_channels.tf:1',
      'sysdig_secure_notification_channel_slack.secops via notification_channels @ current/notification_channels.tf:17',
      'sysdig_secure_rule_falco.shell_in_production via rules[0].name @ current/falco.tf:13',
    ]);
    expect(uses('current', 'sysdig_secure_rule_falco.shell_in_production')).toEqual([
      'sysdig_secure_macro.interactive_shell via condition @ current/falco.tf:7',
      'sysdig_secure_list.trusted_shell_parents via condition @ current/falco.tf:2',
    ]);
    // A macro's own condition uses no other macro or list here: it has no "uses".
    expect(uses('current', 'sysdig_secure_macro.interactive_shell')).toEqual([]);
    expect(usedBy('current', 'sysdig_secure_notification_channel_email.secops')).toEqual([
      'sysdig_secure_custom_policy.production_shells',
    ]);
  });

  it('[index] the 2018 priority uses its policies; a policy uses the rules-file rules its regex matches', () => {
    expect(usedBy('legacy-2018', 'sysdig_secure_policy.web_tier_baseline')).toEqual([
      'sysdig_secure_policies_priority.order',
    ]);
    expect(
      uses('legacy-2018', 'sysdig_secure_policy.web_tier_baseline').filter((u) =>
        u.includes('(falco)'),
      ),
    ).toEqual([
      'rule: Unexpected spawned process web tier via falco_rule_name_regex @ legacy-2018/rules.yaml:8 (falco)',
      'rule: Unexpected outbound connection web tier via falco_rule_name_regex @ legacy-2018/rules.yaml:21 (falco)',
    ]);
  });

  it('[index] a macro resource uses the macros and lists of its condition, wherever they are defined', async () => {
    const { validateModule } = await import('@/lib/validate/validate-module');
    const report = validateModule({
      modulePath: '.',
      files: [
        {
          path: 'falco.tf',
          text: [
            'resource "sysdig_secure_macro" "outer" {',
            '  name      = "outer"',
            '  condition = "inner and proc.name in (shells)"',
            '}',
            'resource "sysdig_secure_macro" "inner" {',
            '  name      = "inner"',
            '  condition = "evt.type = execve"',
            '}',
            '',
          ].join('\n'),
        },
        { path: 'rules.yaml', text: '- list: shells\n  items: [bash, sh]\n' },
      ],
    });
    expect(
      report.relations
        .filter((r) => r.from === 'sysdig_secure_macro.outer')
        .map((r) => `${r.to} ${r.file}:${r.line}`),
    ).toEqual(['sysdig_secure_macro.inner falco.tf:5', 'list: shells rules.yaml:1']);
  });

  it('[index] variables are symbols with their declaration line', () => {
    const symbols = index.roots.find((r) => r.root === 'current')!.symbols;
    expect(symbols).toContainEqual({
      address: 'var.slack_webhook_url',
      file: 'current/variables.tf',
      line: 1,
    });
  });
});

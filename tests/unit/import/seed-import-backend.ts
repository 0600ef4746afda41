import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLocalSecureServer } from '../../../lib/local-secure/start-local-secure-server.ts';
import {
  createSecureClient,
  type TSecureClient,
} from '../../../lib/secure/create-secure-client.ts';

/** Secret values seeded into channels: none may appear in generated files. */
export const SECRETS = {
  webhookUrl: 'https://hooks.example.com/in/5ecr3t-webhook-token',
  slackUrl: 'https://hooks.slack.com/services/T000/B000/sl4ck-s3cret',
  pagerDutyKey: 'pd-5ecret-service-key-42',
  webhookHeader: 'Bearer hdr-s3cret-value',
} as const;

/** A multi-line Falco condition without a final newline (heredoc + chomp). */
export const CONDITION_NO_NEWLINE =
  'spawned_process\n  and container\n  and proc.name in (allowed_shells)\n  and not my_container_check';
/** A multi-line condition with a final newline, `${` and a line "EOT" (marker clash). */
export const CONDITION_WITH_NEWLINE = 'open_write\nand fd.name startswith "/etc/${HOME}"\nEOT\n';

/** A seeded local Secure and the ids of what the test created in it. */
export interface TSeededBackend {
  url: string;
  token: string;
  client: TSecureClient;
  ids: Record<string, number>;
  dispose(): Promise<void>;
}

/**
 * Starts a local Secure (port 0, temp data dir) and creates, through the client and as the UI
 * would (raw API bodies): channels (email, webhook, slack, pagerduty), a list, a macro, Falco rules
 * (exceptions, multi-line conditions, an append fragment), custom policies, a template instance,
 * and tunes a managed policy.
 */
export async function seedImportBackend(): Promise<TSeededBackend> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rampart-import-'));
  const token = 'import-test-token-77';
  const server = await startLocalSecureServer({ port: 0, dataDir, token });
  const client = createSecureClient({ baseUrl: server.url, token, retry: { maxAttempts: 1 } });
  const ids: Record<string, number> = {};
  const remember = (key: string, id: number | undefined) => {
    ids[key] = id ?? -1;
  };
  const options = (extra: Record<string, unknown>) => ({
    notifyOnOk: false,
    notifyOnResolve: false,
    sendTestNotification: false,
    ...extra,
  });
  remember(
    'email',
    (
      await client.createChannel({
        type: 'EMAIL',
        name: 'SecOps Email',
        enabled: true,
        options: options({ emailRecipients: ['secops@example.com', 'oncall@example.com'] }),
      })
    ).id,
  );
  remember(
    'webhook',
    (
      await client.createChannel({
        type: 'WEBHOOK',
        name: 'Ops Webhook',
        enabled: true,
        options: options({
          url: SECRETS.webhookUrl,
          allowInsecureConnections: false,
          customData: { team: 'ops', env: 'prod' },
          additionalHeaders: { Authorization: SECRETS.webhookHeader },
        }),
      })
    ).id,
  );
  remember(
    'slack',
    (
      await client.createChannel({
        type: 'SLACK',
        name: 'Slack #security',
        enabled: true,
        teamId: 10001,
        options: options({
          url: SECRETS.slackUrl,
          channel: '#security',
          templateConfiguration: [
            {
              templateKey: 'SLACK_SECURE_EVENT_NOTIFICATION_TEMPLATE_METADATA_v2',
              templateConfigurationSections: [
                { sectionName: 'SECURE_EVENT_NOTIFICATION_CONTENT', shouldShow: true },
              ],
            },
          ],
        }),
      })
    ).id,
  );
  remember(
    'pagerduty',
    (
      await client.createChannel({
        type: 'PAGER_DUTY',
        name: 'PagerDuty Prod',
        enabled: false,
        options: options({
          account: 'acme',
          serviceKey: SECRETS.pagerDutyKey,
          serviceName: 'secure-events',
        }),
      })
    ).id,
  );
  remember(
    'list',
    (
      await client.createList({
        name: 'allowed_shells',
        items: { items: ['bash', 'zsh', 'fish'] },
        append: false,
      })
    ).id,
  );
  remember(
    'listAppend',
    (await client.createList({ name: 'shell_binaries', items: { items: ['fish'] }, append: true }))
      .id,
  );
  remember(
    'macro',
    (
      await client.createMacro({
        name: 'my_container_check',
        condition: { condition: 'container.image.repository = "acme/app"' },
        append: false,
      })
    ).id,
  );
  remember(
    'rule',
    (
      await client.createRule({
        name: 'Custom shell in container',
        description: 'A shell ran in a container; set ${HOME} aside.',
        tags: ['shell', 'container', 'mitre_execution'],
        details: {
          ruleType: 'FALCO',
          source: 'syscall',
          output: 'Shell in container (user=%user.name shell=%proc.name)',
          condition: { condition: CONDITION_NO_NEWLINE, components: [] },
          priority: 'notice',
          exceptions: [
            {
              name: 'proc_names',
              fields: ['proc.name'],
              comps: ['in'],
              values: [[['python', 'python3']]],
            },
            {
              name: 'images',
              fields: ['container.image.repository', 'proc.pname'],
              comps: ['=', 'in'],
              values: [['acme/tools', ['make', 'sh']]],
            },
          ],
        },
      })
    ).id,
  );
  remember(
    'ruleAppend',
    (
      await client.createRule({
        name: 'Custom shell in container',
        tags: [],
        details: {
          ruleType: 'FALCO',
          append: true,
          condition: { condition: 'and not proc.name = foo', components: [] },
          priority: 'warning',
        },
      })
    ).id,
  );
  remember(
    'rule2',
    (
      await client.createRule({
        name: 'Write below etc by app',
        tags: [],
        details: {
          ruleType: 'FALCO',
          source: 'syscall',
          output: 'etc write (file=%fd.name)',
          condition: { condition: CONDITION_WITH_NEWLINE, components: [] },
          priority: 'ERROR',
          minimumEngineVersion: 12,
        },
      })
    ).id,
  );
  const policyBase = {
    isDefault: false,
    description: 'Shells in containers',
    severity: 2,
    enabled: true,
    type: 'falco',
    origin: '',
    templateId: 0,
    templateVersion: '',
  };
  remember(
    'policy',
    (
      await client.createV2Policy({
        ...policyBase,
        name: 'Shell Policy',
        ruleNames: null,
        rules: [
          { ruleName: 'Custom shell in container', enabled: true },
          { ruleName: 'Terminal shell in container', enabled: false },
        ],
        actions: [
          { type: 'POLICY_ACTION_STOP', isLimitedToContainer: false },
          {
            type: 'POLICY_ACTION_CAPTURE',
            isLimitedToContainer: false,
            afterEventNs: 10_000_000_000,
            beforeEventNs: 5_000_000_000,
            name: 'cap1',
            storageType: 'S3',
            folder: '/',
          },
        ],
        scope: 'container.id != ""',
        notificationChannelIds: [ids.email ?? 0, ids.webhook ?? 0, ids.slack ?? 0],
        runbook: 'https://runbook.example.com/shells',
      })
    ).id,
  );
  remember(
    'policy2',
    (
      await client.createV2Policy({
        ...policyBase,
        name: 'Etc writes',
        severity: 4,
        ruleNames: ['Write below etc by app'],
        actions: [],
        notificationChannelIds: [ids.pagerduty ?? 0],
        runbook: '',
      })
    ).id,
  );
  remember(
    'template',
    (
      await client.createV2Policy({
        ...policyBase,
        name: 'From template',
        ruleNames: ['Terminal shell in container'],
        actions: [],
        notificationChannelIds: [],
        runbook: '',
        templateId: 7,
        templateVersion: '1.0',
      })
    ).id,
  );
  const managed = (await client.listV2Policies()).find(
    (policy) => policy.name === 'Sysdig Runtime Threat Detection',
  );
  if (!managed?.id) throw new Error('seed: managed policy missing');
  const [firstRule] = managed.rules ?? [];
  await client.updateV2Policy(managed.id, {
    ...managed,
    version: managed.version ?? 1,
    enabled: false,
    notificationChannelIds: [ids.slack ?? 0],
    rules: (managed.rules ?? []).map((rule) => ({
      ...rule,
      enabled: rule.ruleName !== firstRule?.ruleName,
    })),
  });
  remember('managed', managed.id);
  return {
    url: server.url,
    token,
    client,
    ids,
    async dispose() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatHcl, parseHcl } from '../../../lib/hcl/index.ts';
import { computePlan, buildLiveSnapshot } from '../../../lib/plan/index.ts';
import {
  importFromSecure,
  type TImportFromSecureResult,
} from '../../../lib/server-import/import-from-secure.ts';
import {
  getResourceType,
  validateResourceConfig,
  type TConfigObject,
} from '../../../lib/sysdig/index.ts';
import type { TConfigValue } from '../../../lib/terraform/config-value.ts';
import {
  evaluateGenerated,
  resolveGeneratedReferences,
  type TEvaluatedResource,
} from './evaluate-generated.ts';
import { SECRETS, seedImportBackend, type TSeededBackend } from './seed-import-backend.ts';

const TERRAFORM = '/usr/local/bin/terraform';

let backend: TSeededBackend;
let result: TImportFromSecureResult;
/** Live object by generated address. */
const liveByAddress = new Map<string, Record<string, unknown>>();
/** The secret variables with their live values. */
const tfvars: Record<string, TConfigValue> = {};
let evaluated: TEvaluatedResource[];
let outDir: string;

beforeAll(async () => {
  backend = await seedImportBackend();
  result = await importFromSecure({
    baseUrl: backend.url,
    token: backend.token,
    listIds: [backend.ids.list ?? 0, backend.ids.listAppend ?? 0],
    macroIds: [backend.ids.macro ?? 0],
  });
  const [channels, policies] = [
    await backend.client.listChannels(),
    await backend.client.listV2Policies(),
  ];
  const lives: Record<string, unknown>[] = [
    ...channels,
    ...policies,
    ...(await Promise.all(
      [backend.ids.rule, backend.ids.ruleAppend, backend.ids.rule2].map((id) =>
        backend.client.getRule(id ?? 0),
      ),
    )),
    await backend.client.getList(backend.ids.list ?? 0),
    await backend.client.getList(backend.ids.listAppend ?? 0),
    await backend.client.getMacro(backend.ids.macro ?? 0),
  ];
  for (const resource of result.resources) {
    const family = getResourceType(resource.type)?.apiFamily;
    const live = lives.find(
      (object) => String(object.id) === resource.id && familyOf(object) === family,
    );
    if (live) liveByAddress.set(resource.address, live);
  }
  for (const variable of result.variables) {
    const live = liveByAddress.get(variable.address);
    const definition = getResourceType(variable.address.split('.')[0] ?? '');
    const value = live && definition ? definition.fromApi(live)[variable.attribute] : undefined;
    if (value !== undefined) tfvars[variable.name] = value;
  }
  evaluated = evaluateGenerated(result.files, tfvars).resources;
  outDir = await mkdtemp(path.join(tmpdir(), 'rampart-import-out-'));
  for (const file of result.files) await writeFile(path.join(outDir, file.path), file.text);
});

afterAll(async () => {
  await backend?.dispose();
  if (outDir) await rm(outDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

function familyOf(object: Record<string, unknown>): string {
  if ('details' in object) return 'rule';
  if ('options' in object) return 'notification-channel';
  if ('isDefault' in object || 'templateId' in object) return 'v2-policy';
  if (typeof object.items === 'object') return 'list';
  return 'macro';
}

function resolved(resource: TEvaluatedResource): TConfigObject {
  const idOf = (address: string) => {
    const id = result.resources.find((item) => item.address === address)?.id;
    return id === undefined ? undefined : Number(id);
  };
  const nameOf = (address: string) => {
    const name = evaluated.find((item) => item.address === address)?.config.name;
    return typeof name === 'string' ? name : undefined;
  };
  return resolveGeneratedReferences(resource.config, idOf, nameOf) as TConfigObject;
}

describe('[import] from a seeded local Secure', () => {
  test('[import] generates every user object in current provider syntax, one resource each', () => {
    const types = new Set(result.resources.map((resource) => resource.type));
    expect([...types].sort()).toEqual([
      'sysdig_secure_custom_policy',
      'sysdig_secure_list',
      'sysdig_secure_macro',
      'sysdig_secure_managed_policy',
      'sysdig_secure_notification_channel_email',
      'sysdig_secure_notification_channel_pagerduty',
      'sysdig_secure_notification_channel_slack',
      'sysdig_secure_notification_channel_webhook',
      'sysdig_secure_rule_falco',
    ]);
    expect(result.resources).toHaveLength(liveByAddress.size);
    expect(result.files.map((file) => file.path).sort()).toEqual([
      'channels.tf',
      'imports.tf',
      'policies.tf',
      'rules.tf',
      'terraform.tfvars.example',
      'variables.tf',
      'versions.tf',
    ]);
    const all = result.files.map((file) => file.text).join('\n');
    expect(all).not.toMatch(
      /"sysdig_secure_(policy|notification_channel|user_rules_file|policies_priority)"/,
    );
    expect(result.ruleDiscovery).toBe('groups');
  });

  test('[import] (a) every file parses with zero diagnostics and is formatHcl-stable', () => {
    for (const file of result.files) {
      expect(parseHcl(file.text).diagnostics, file.path).toEqual([]);
      expect(formatHcl(file.text), file.path).toBe(file.text);
    }
  });

  test.skipIf(!existsSync(TERRAFORM))('[import] (b) terraform fmt -check agrees', async () => {
    await writeFile(
      path.join(outDir, 'example.auto.tfvars'),
      result.files.find((file) => file.path === 'terraform.tfvars.example')?.text ?? '',
    );
    const run = spawnSync(TERRAFORM, ['fmt', '-check', '-diff', '.'], {
      cwd: outDir,
      encoding: 'utf8',
      env: {
        NODE_ENV: 'test',
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        TF_CLI_CONFIG_FILE: '/dev/null',
      },
    });
    await rm(path.join(outDir, 'example.auto.tfvars'));
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
  if (!existsSync(TERRAFORM))
    console.warn(`[import] ${TERRAFORM} not found: terraform fmt -check skipped`);

  test('[import] (c) generated resources evaluate and validate without errors', () => {
    const { diagnostics } = evaluateGenerated(result.files, tfvars);
    expect(diagnostics.filter((item) => item.severity === 'error')).toEqual([]);
    expect(evaluated.map((resource) => resource.address).sort()).toEqual(
      result.resources.map((resource) => resource.address).sort(),
    );
    for (const resource of evaluated) {
      const errors = validateResourceConfig(resource.type, resource.config).filter(
        (issue) => issue.severity === 'error',
      );
      expect(errors, resource.address).toEqual([]);
    }
  });

  test('[import] (d) every resource round-trips to its live object: toApi canonicalises equal to the live one', () => {
    for (const resource of evaluated) {
      const live = liveByAddress.get(resource.address);
      const definition = getResourceType(resource.type, resource.config);
      expect(live, resource.address).toBeDefined();
      if (!live || !definition) continue;
      const config = resolved(resource);
      const payload = definition.toApi(
        config,
        { resolveId: () => undefined, currentTeamId: 10001 },
        { id: Number(live.id), version: Number(live.version), live },
      );
      const expected = definition.canonical(definition.fromApi(live));
      expect(definition.canonical(definition.fromApi(payload)), resource.address).toEqual(expected);
      expect(definition.canonical(config), resource.address).toEqual(expected);
    }
  });

  test('[import] (d) computePlan adopts every resource without changes, and binds them as no-ops', async () => {
    const live = buildLiveSnapshot({
      channels: await backend.client.listChannels(),
      v2Policies: await backend.client.listV2Policies(),
      rules: [...liveByAddress.values()].filter((object) => familyOf(object) === 'rule'),
      lists: [...liveByAddress.values()].filter((object) => familyOf(object) === 'list'),
      macros: [...liveByAddress.values()].filter((object) => familyOf(object) === 'macro'),
      currentTeamId: 10001,
    });
    const desired = evaluated.map((resource) => ({
      address: resource.address,
      type: resource.type,
      name: resource.name,
      config: resource.config,
    }));
    const adopted = computePlan({ desired, live, bindings: {} });
    for (const change of adopted.resource_changes)
      expect([change.address, change.change.actions, change.attributes]).toEqual([
        change.address,
        ['adopt'],
        [],
      ]);
    expect(adopted.resource_changes).toHaveLength(result.resources.length);
    const bindings = Object.fromEntries(
      result.resources.map((resource) => [
        resource.address,
        { id: resource.id, type: resource.type },
      ]),
    );
    const bound = computePlan({ desired, live, bindings });
    for (const change of bound.resource_changes)
      expect([change.address, change.change.actions]).toEqual([change.address, ['no-op']]);
  });

  test('[import] (e) no secret value appears in any generated file', () => {
    const all = result.files.map((file) => file.text).join('\n');
    for (const secret of [...Object.values(SECRETS), backend.token])
      expect(all).not.toContain(secret);
    expect(
      result.variables.map((variable) => `${variable.address}.${variable.attribute}`).sort(),
    ).toEqual([
      'sysdig_secure_notification_channel_pagerduty.pager_duty_prod.service_key',
      'sysdig_secure_notification_channel_slack.slack_security.url',
      'sysdig_secure_notification_channel_webhook.ops_webhook.additional_headers',
      'sysdig_secure_notification_channel_webhook.ops_webhook.url',
    ]);
    const variables = result.files.find((file) => file.path === 'variables.tf')?.text ?? '';
    expect(variables).toContain('sensitive   = true');
    expect(variables).not.toContain('default');
    const example =
      result.files.find((file) => file.path === 'terraform.tfvars.example')?.text ?? '';
    for (const variable of result.variables)
      expect(example).toMatch(new RegExp(`^${variable.name}\\s+=`, 'm'));
  });

  test('[import] references channels and rules by address, and writes heredocs and jsonencode', () => {
    const policies = result.files.find((file) => file.path === 'policies.tf')?.text ?? '';
    expect(policies).toContain('sysdig_secure_notification_channel_email.sec_ops_email.id');
    expect(policies).toContain('name = sysdig_secure_rule_falco.custom_shell_in_container.name');
    expect(policies).toContain('name    = "Terminal shell in container"');
    expect(policies).toMatch(/disabled_rules\s+= \["Terminal shell in container"\]/);
    const rules = result.files.find((file) => file.path === 'rules.tf')?.text ?? '';
    expect(rules).toContain('condition = chomp(<<-EOT\n');
    expect(rules).toMatch(/condition\s+= <<-EOT2\n/);
    expect(rules).toContain('values = jsonencode([[["python", "python3"]]])');
  });

  test('[import] imports.tf has one import block per importable resource, managed policies as comments', () => {
    const imports = result.files.find((file) => file.path === 'imports.tf')?.text ?? '';
    for (const resource of result.resources) {
      if (resource.type === 'sysdig_secure_managed_policy') {
        expect(imports).toContain(`# ${resource.address} (id ${resource.id}): no importer`);
        expect(imports).not.toContain(`to = ${resource.address}\n`);
      } else {
        expect(imports).toContain(`  to = ${resource.address}\n  id = "${resource.id}"\n`);
      }
    }
  });

  test('[import] skips template instances with the provider reason and Sysdig-owned content', () => {
    const template = result.skipped.find((item) => item.id === String(backend.ids.template));
    expect(template).toMatchObject({ kind: 'policy', code: 'template-policy' });
    expect(template?.reason).toContain('#736');
    const owned = result.skipped.filter((item) => item.code === 'sysdig-owned');
    expect(owned.length).toBeGreaterThan(0);
    expect(
      owned.every((item) => item.kind === 'rule' || item.kind === 'list' || item.kind === 'macro'),
    ).toBe(true);
    expect(result.resources.some((resource) => resource.address.includes('terminal_shell'))).toBe(
      false,
    );
  });

  test('[import] a second import into the generated module finds nothing new', async () => {
    const again = await importFromSecure({
      baseUrl: backend.url,
      token: backend.token,
      existingModuleDir: outDir,
      listIds: [backend.ids.list ?? 0, backend.ids.listAppend ?? 0],
      macroIds: [backend.ids.macro ?? 0],
    });
    expect(again.resources).toEqual([]);
    expect(again.files).toEqual([]);
    expect(again.skipped.filter((item) => item.code === 'already-in-module')).toHaveLength(
      result.resources.length,
    );
  });

  test('[import] falls back to rules named by policies when the unnamed rules lookup is refused', async () => {
    const refusing: typeof fetch = (input, init) => {
      const url = new URL(String(input instanceof Request ? input.url : input));
      if (url.pathname === '/api/secure/rules/groups' && !url.searchParams.has('name'))
        return Promise.resolve(
          new Response('{"errors":[{"reason":"Invalid request","message":"name is required"}]}', {
            status: 400,
          }),
        );
      return fetch(input, init);
    };
    const fallback = await importFromSecure({
      baseUrl: backend.url,
      token: backend.token,
      fetch: refusing,
    });
    expect(fallback.ruleDiscovery).toBe('by-name');
    expect(
      fallback.resources
        .filter((item) => item.type === 'sysdig_secure_rule_falco')
        .map((item) => item.id)
        .sort(),
    ).toEqual([backend.ids.rule, backend.ids.ruleAppend, backend.ids.rule2].map(String).sort());
    expect(fallback.resources.some((item) => item.type === 'sysdig_secure_list')).toBe(false);
  });
});

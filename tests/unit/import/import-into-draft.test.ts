import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ADMIN } from '@/lib/auth/get-actor';
import { parseEnv, setEnv } from '@/lib/env';
import { AppError } from '@/lib/errors/app-error';
import { parseHcl } from '@/lib/hcl';
import { planRequestDraft } from '@/lib/runs/plan-request-draft';
import { workspaceBackend } from '@/lib/runs/workspace-backend';
import { importRequestDraft } from '@/lib/server-import/import-request-draft';
import { computeEtag } from '@/lib/workspace/compute-etag';
import { openRequestDraft } from '@/lib/workspace/open-request-draft';
import { readWorkspaceConfig } from '@/lib/workspace/read-workspace-config';
import { testWorkspace } from '../../helpers/test-repo';

const MAIN_TF = `terraform {
  required_providers {
    sysdig = {
      source = "sysdiglabs/sysdig"
    }
  }
}

resource "sysdig_secure_list" "binaries" {
  name  = "binaries"
  items = ["/bin/sh"]
}
`;
const WEBHOOK_SECRET = 'https://hooks.example.com/very-secret-path-9c1e';

let dataDir: string;
const ids: Record<string, string> = {};
const draftPath = async (file: string) =>
  path.join((await openRequestDraft('ws', undefined, LOCAL_ADMIN)).dir, file);
const channel = (id: string) => ({ apiFamily: 'notification-channel' as const, id });
const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );

beforeAll(async () => {
  ({ dataDir } = testWorkspace({ 'main.tf': MAIN_TF }));
  setEnv(parseEnv({ RAMPART_DATA_DIR: dataDir }));
  const { client } = await workspaceBackend(await readWorkspaceConfig(dataDir, 'ws'));
  const base = { enabled: true, options: { notifyOnOk: false, notifyOnResolve: false } };
  const email = await client.createChannel({
    ...base,
    type: 'EMAIL',
    name: 'Ops Email',
    options: { ...base.options, emailRecipients: ['ops@example.com'] },
  });
  const webhook = await client.createChannel({
    ...base,
    type: 'WEBHOOK',
    name: 'Ops Hook',
    options: { ...base.options, url: WEBHOOK_SECRET },
  });
  ids.email = String(email.id);
  ids.webhook = String(webhook.id);
});

describe('[import] import unmanaged live objects into the draft', () => {
  it('[import] the plan lists the object as unmanaged; after the import it plans as 1 to import', async () => {
    const before = await planRequestDraft('ws', undefined, LOCAL_ADMIN);
    expect(before.plan.unmanaged).toContainEqual(
      expect.objectContaining({
        apiFamily: 'notification-channel',
        id: ids.email,
        isDefault: false,
      }),
    );
    expect(before.plan.summary.import).toBe(0);

    const result = await importRequestDraft('ws', undefined, LOCAL_ADMIN, {
      objects: [channel(ids.email!)],
      path: 'imported.tf',
      baseEtag: 'absent',
    });
    expect(result.resources).toEqual([
      {
        address: 'sysdig_secure_notification_channel_email.ops_email',
        type: 'sysdig_secure_notification_channel_email',
        id: ids.email,
      },
    ]);
    const text = readFileSync(await draftPath('imported.tf'), 'utf8');
    expect(result.etag).toBe(computeEtag(text));
    expect(parseHcl(text).diagnostics).toEqual([]);
    expect(text).toContain('resource "sysdig_secure_notification_channel_email" "ops_email"');
    expect(text).toMatch(
      /import \{\s+to = sysdig_secure_notification_channel_email\.ops_email\s+id = "\d+"/,
    );
    expect(text).not.toContain('Ops Hook');

    const after = await planRequestDraft('ws', undefined, LOCAL_ADMIN);
    expect(after.plan.summary.import).toBe(1);
    expect(
      after.plan.resource_changes.find(
        (c) => c.address === 'sysdig_secure_notification_channel_email.ops_email',
      )?.change.actions,
    ).toEqual(['adopt']);
    expect(after.plan.unmanaged.map((u) => u.id)).not.toContain(ids.email);
    expect(after.plan.unmanaged.map((u) => u.id)).toContain(ids.webhook);
  });

  it('[import] appending to an existing file needs its current ETag (409 otherwise); secrets become variables', async () => {
    const file = await draftPath('imported.tf');
    const stale = await codeOf(
      importRequestDraft('ws', undefined, LOCAL_ADMIN, {
        objects: [channel(ids.webhook!)],
        path: 'imported.tf',
        baseEtag: 'absent',
      }),
    );
    expect(stale).toBe('CONFLICT');
    const before = readFileSync(file, 'utf8');
    const result = await importRequestDraft('ws', undefined, LOCAL_ADMIN, {
      objects: [channel(ids.webhook!)],
      path: 'imported.tf',
      baseEtag: computeEtag(before),
    });
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(before.trimEnd())).toBe(true);
    expect(result.variables.length).toBeGreaterThan(0);
    expect(text).toContain(`variable "${result.variables[0]}"`);
    expect(text).toMatch(/sensitive\s+= true/);
    expect(text).not.toContain(WEBHOOK_SECRET);
    expect(parseHcl(text).diagnostics).toEqual([]);
  });

  it('[import] refuses a target outside the module folders, objects gone from Secure, objects already in code', async () => {
    const outside = await codeOf(
      importRequestDraft('ws', undefined, LOCAL_ADMIN, {
        objects: [channel(ids.email!)],
        path: 'sub/imported.tf',
        baseEtag: 'absent',
      }),
    );
    expect(outside).toBe('INVALID_INPUT');
    const gone = await codeOf(
      importRequestDraft('ws', undefined, LOCAL_ADMIN, {
        objects: [channel('987654')],
        path: 'other.tf',
        baseEtag: 'absent',
      }),
    );
    expect(gone).toBe('NOT_FOUND');
    const again = await codeOf(
      importRequestDraft('ws', undefined, LOCAL_ADMIN, {
        objects: [channel(ids.email!)],
        path: 'other.tf',
        baseEtag: 'absent',
      }),
    );
    expect(again).toBe('INVALID_INPUT');
  });
});

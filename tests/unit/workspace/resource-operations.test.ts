import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_ADMIN } from '@/lib/auth/get-actor';
import { AppError } from '@/lib/errors/app-error';
import { parseEnv, setEnv } from '@/lib/env';
import { validateModule } from '@/lib/validate/validate-module';
import { ensureSampleWorkspace } from '@/lib/workspace/ensure-sample-workspace';
import { openDraft } from '@/lib/workspace/open-draft';
import { operateOnResource } from '@/lib/workspace/operate-on-resource';
import { tempDir } from '../../helpers/test-repo';

let dataDir: string;
beforeEach(async () => {
  dataDir = tempDir();
  setEnv(parseEnv({ RAMPART_DATA_DIR: dataDir }));
  await ensureSampleWorkspace(dataDir);
});

async function moduleReport(root: string) {
  const draft = await openDraft(dataDir, 'sample', 'local', 'main');
  const dir = path.join(draft.dir, root);
  const names = [
    'policies.tf',
    'notification_channels.tf',
    'falco.tf',
    'variables.tf',
    'versions.tf',
  ];
  return {
    draft,
    report: validateModule({
      modulePath: '.',
      files: names.map((n) => ({ path: n, text: readFileSync(path.join(dir, n), 'utf8') })),
    }),
  };
}

describe('[resources] create, duplicate, rename, delete through the HCL engine', () => {
  it('[resources] renaming a channel updates every reference; the module stays valid', async () => {
    const result = await operateOnResource('sample', 'main', LOCAL_ADMIN, {
      op: 'rename',
      address: 'sysdig_secure_notification_channel_email.secops',
      name: 'security_team',
    });
    expect(result.files.sort()).toEqual([
      'current/notification_channels.tf',
      'current/policies.tf',
    ]);
    const { report } = await moduleReport('current');
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(report.resources.map((r) => r.address)).toContain(
      'sysdig_secure_notification_channel_email.security_team',
    );
    const draft = await openDraft(dataDir, 'sample', 'local', 'main');
    expect(readFileSync(path.join(draft.dir, 'current/policies.tf'), 'utf8')).toContain(
      'sysdig_secure_notification_channel_email.security_team.id',
    );
  });

  it('[resources] duplicate, then delete the copy: the file is back to what it was', async () => {
    const draft = await openDraft(dataDir, 'sample', 'local', 'main');
    const file = path.join(draft.dir, 'current/falco.tf');
    const before = readFileSync(file, 'utf8');
    await operateOnResource('sample', 'main', LOCAL_ADMIN, {
      op: 'duplicate',
      address: 'sysdig_secure_list.trusted_shell_parents',
      name: 'copy_of_list',
    });
    expect(readFileSync(file, 'utf8')).toContain('resource "sysdig_secure_list" "copy_of_list"');
    await operateOnResource('sample', 'main', LOCAL_ADMIN, {
      op: 'delete',
      address: 'sysdig_secure_list.copy_of_list',
    });
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('[resources] create from the template of a type; names that clash are refused', async () => {
    await operateOnResource('sample', 'main', LOCAL_ADMIN, {
      op: 'create',
      type: 'sysdig_secure_macro',
      name: 'new_macro',
      file: 'current/falco.tf',
    });
    const draft = await openDraft(dataDir, 'sample', 'local', 'main');
    expect(readFileSync(path.join(draft.dir, 'current/falco.tf'), 'utf8')).toMatch(
      /resource "sysdig_secure_macro" "new_macro" \{\n {2}name {6}= "new macro"\n {2}condition = ""\n\}\n$/,
    );
    await expect(
      operateOnResource('sample', 'main', LOCAL_ADMIN, {
        op: 'rename',
        address: 'sysdig_secure_macro.new_macro',
        name: 'interactive_shell',
      }),
    ).rejects.toBeInstanceOf(AppError);
    await expect(
      operateOnResource('sample', 'main', LOCAL_ADMIN, {
        op: 'create',
        type: 'sysdig_secure_macro',
        name: 'x',
        file: '../escape.tf',
      }),
    ).rejects.toBeInstanceOf(AppError);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ADMIN } from '@/lib/auth/get-actor';
import { parseEnv, setEnv } from '@/lib/env';
import { AppError } from '@/lib/errors/app-error';
import { readResourceForm } from '@/lib/workspace/read-resource-form';
import { saveResource } from '@/lib/workspace/save-resource';
import { upgradeRequestFile } from '@/lib/workspace/upgrade-request-file';
import { sharedPath } from '../../helpers/shared-fixtures';
import { testWorkspace } from '../../helpers/test-repo';

const POLICY = 'sysdig_secure_policy.sample2';
let workspaceId = '';

// The 2018 snippets exactly as published: policy_sample2.tf has HCL1 blocks inside objects.
beforeAll(() => {
  const snippets = sharedPath('fixtures', 'seed-2018', 'snippets');
  const files = Object.fromEntries(
    readdirSync(snippets).map((name) => [name, readFileSync(`${snippets}/${name}`, 'utf8')]),
  );
  const made = testWorkspace(files, 'legacy-form');
  workspaceId = made.workspaceId;
  setEnv(parseEnv({ RAMPART_DATA_DIR: made.dataDir }));
});

describe('[forms] a resource in a Terraform 0.11 file', () => {
  it('[forms] is read-only with the reason at its position and the upgrade offered; a save is refused', async () => {
    const form = await readResourceForm(workspaceId, undefined, LOCAL_ADMIN, POLICY);
    expect(form.readOnly).toMatchObject({ line: 23, column: 20, canUpgrade: true });
    expect(form.readOnly?.reason).toMatch(/^policy_sample2\.tf:23:20 uses Terraform 0\.11/);
    const refused = await saveResource(workspaceId, undefined, LOCAL_ADMIN, POLICY, {
      baseEtag: form.etag,
      changes: [{ op: 'set', path: [], attribute: 'severity', value: 3 }],
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('UNPROCESSABLE');
  });

  it('[forms] after "upgrade syntax" the form is editable and saves', async () => {
    const before = await readResourceForm(workspaceId, undefined, LOCAL_ADMIN, POLICY);
    await upgradeRequestFile(workspaceId, undefined, LOCAL_ADMIN, 'policy_sample2.tf', before.etag);
    const form = await readResourceForm(workspaceId, undefined, LOCAL_ADMIN, POLICY);
    expect(form.readOnly).toBeUndefined();
    const saved = await saveResource(workspaceId, undefined, LOCAL_ADMIN, POLICY, {
      baseEtag: form.etag,
      changes: [{ op: 'set', path: [], attribute: 'severity', value: 3 }],
    });
    expect(saved.diff.changedLines).toHaveLength(1);
  });
});

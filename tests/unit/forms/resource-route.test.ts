import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ADMIN } from '@/lib/auth/get-actor';
import { parseEnv, setEnv } from '@/lib/env';
import { issuesAt } from '@/components/forms/form-state';
import { AppError } from '@/lib/errors/app-error';
import { openRequestDraft } from '@/lib/workspace/open-request-draft';
import { readDraftFile } from '@/lib/workspace/read-draft-file';
import { readResourceForm } from '@/lib/workspace/read-resource-form';
import { saveResource } from '@/lib/workspace/save-resource';
import { indexRequestDraft } from '@/lib/workspace/index-request-draft';
import { sharedPath } from '../../helpers/shared-fixtures';
import { testWorkspace } from '../../helpers/test-repo';

const POLICY = 'sysdig_secure_policy.terminal-shell-in-container';
let workspaceId = '';

beforeAll(() => {
  const demo = sharedPath('fixtures', 'seed-2018', 'demo');
  const files = Object.fromEntries(
    readdirSync(demo).map((name) => [name, readFileSync(`${demo}/${name}`, 'utf8')]),
  );
  const made = testWorkspace(files, 'demo-form');
  workspaceId = made.workspaceId;
  setEnv(parseEnv({ RAMPART_DATA_DIR: made.dataDir }));
});

async function codeOf(error: Promise<unknown>): Promise<string> {
  try {
    await error;
  } catch (caught) {
    return caught instanceof AppError ? caught.code : String(caught);
  }
  return 'resolved';
}

describe('[forms] resource form on the 2018 demo', () => {
  it('[forms] shows the dangling channel as an error of Notification channels, with pickers by name', async () => {
    const form = await readResourceForm(workspaceId, undefined, LOCAL_ADMIN, POLICY);
    const channels = form.fields.find((f) => f.name === 'notification_channels');
    expect(channels?.line).toBe(15);
    expect(form.diagnostics.find((d) => d.code === 'dangling-reference')).toMatchObject({
      line: 15,
      attribute: 'notification_channels',
      severity: 'error',
    });
    expect(form.references.sysdig_secure_notification_channel).toEqual([
      {
        address: 'sysdig_secure_notification_channel.elastic-search',
        type: 'sysdig_secure_notification_channel',
        displayName: 'ElasticSearch',
      },
    ]);
  });

  it('[forms] fixing the reference from the form clears the error; a stale ETag gets 409; new errors get 422', async () => {
    const form = await readResourceForm(workspaceId, undefined, LOCAL_ADMIN, POLICY);
    const stale = form.etag;
    const invalid = saveResource(workspaceId, undefined, LOCAL_ADMIN, POLICY, {
      baseEtag: form.etag,
      changes: [{ op: 'set', path: [], attribute: 'severity', value: 'high' }],
    });
    expect(await codeOf(invalid)).toBe('UNPROCESSABLE');
    const result = await saveResource(workspaceId, undefined, LOCAL_ADMIN, POLICY, {
      baseEtag: form.etag,
      changes: [
        {
          op: 'set',
          path: [],
          attribute: 'notification_channels',
          value: [{ expression: 'sysdig_secure_notification_channel.elastic-search.id' }],
        },
      ],
    });
    expect(result.diff.changedLines).toEqual([15]);
    const draft = await openRequestDraft(workspaceId, undefined, LOCAL_ADMIN);
    const { content } = await readDraftFile(draft, 'demo_policies.tf');
    expect(content.split('\n')[14]).toBe(
      '  notification_channels = [sysdig_secure_notification_channel.elastic-search.id]',
    );
    const index = await indexRequestDraft(workspaceId, undefined, LOCAL_ADMIN);
    expect(index.roots[0]?.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const conflict = saveResource(workspaceId, undefined, LOCAL_ADMIN, POLICY, {
      baseEtag: stale,
      changes: [{ op: 'set', path: [], attribute: 'severity', value: 3 }],
    });
    expect(await codeOf(conflict)).toBe('CONFLICT');
  });

  it('[forms] a nested block is removed, then added empty (its required fields are filled in afterwards)', async () => {
    const capture = [
      { block: 'actions', index: 0 },
      { block: 'capture', index: 0 },
    ];
    let form = await readResourceForm(workspaceId, undefined, LOCAL_ADMIN, POLICY);
    await saveResource(workspaceId, undefined, LOCAL_ADMIN, POLICY, {
      baseEtag: form.etag,
      changes: [{ op: 'remove-block', path: capture }],
    });
    form = await readResourceForm(workspaceId, undefined, LOCAL_ADMIN, POLICY);
    expect(
      form.fields
        .find((f) => f.name === 'actions')
        ?.blocks?.[0]?.fields.find((f) => f.name === 'capture')?.blocks,
    ).toEqual([]);
    await saveResource(workspaceId, undefined, LOCAL_ADMIN, POLICY, {
      baseEtag: form.etag,
      changes: [{ op: 'add-block', path: [{ block: 'actions', index: 0 }], block: 'capture' }],
    });
    form = await readResourceForm(workspaceId, undefined, LOCAL_ADMIN, POLICY);
    const missing = form.diagnostics.filter((d) => d.code === 'missing-required');
    expect(issuesAt(missing, 'actions[0].capture[0].seconds_before_event')).toHaveLength(1);
    const filled = await saveResource(workspaceId, undefined, LOCAL_ADMIN, POLICY, {
      baseEtag: form.etag,
      changes: [
        { op: 'set', path: capture, attribute: 'seconds_before_event', value: 10 },
        { op: 'set', path: capture, attribute: 'seconds_after_event', value: 20 },
      ],
    });
    expect(filled.diff.changedLines.length).toBeGreaterThan(0);
    form = await readResourceForm(workspaceId, undefined, LOCAL_ADMIN, POLICY);
    expect(form.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('[forms] unknown addresses are NOT_FOUND', async () => {
    expect(
      await codeOf(
        readResourceForm(workspaceId, undefined, LOCAL_ADMIN, 'sysdig_secure_policy.nope'),
      ),
    ).toBe('NOT_FOUND');
  });
});

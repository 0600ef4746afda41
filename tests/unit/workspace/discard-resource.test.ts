import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { setAttribute, removeResource } from '@/lib/hcl/edit/index';
import { diffDraft } from '@/lib/workspace/diff-draft';
import { discardDraftResource } from '@/lib/workspace/discard-draft-resource';
import { openDraft } from '@/lib/workspace/open-draft';
import { readDraftFile } from '@/lib/workspace/read-draft-file';
import { writeDraftFile } from '@/lib/workspace/write-draft-file';
import { testWorkspace } from '../../helpers/test-repo';

const SAMPLE = path.resolve('lib/workspace/sample/legacy-2018');
const files = Object.fromEntries(
  ['policies.tf', 'user_rules.tf', 'rules.yaml', 'notification_channels.tf', 'provider.tf'].map(
    (name) => [`legacy/${name}`, readFileSync(path.join(SAMPLE, name), 'utf8')],
  ),
);
const SHELL = 'sysdig_secure_policy.terminal_shell_in_container';
const WEB = 'sysdig_secure_policy.web_tier_baseline';
const POLICIES = 'legacy/policies.tf';

async function edited(draft: Awaited<ReturnType<typeof openDraft>>, edit: (t: string) => string) {
  const file = await readDraftFile(draft, POLICIES);
  return writeDraftFile(draft, POLICIES, edit(file.content), file.etag);
}

describe('[workspace] discard one resource of the draft', () => {
  it('[workspace] the changes name each resource once with its file and ETag; file() reads HEAD for HEAD', async () => {
    const { dataDir, workspaceId } = testWorkspace(files);
    const draft = await openDraft(dataDir, workspaceId, 'local', 'main');
    expect(await diffDraft(draft, ['legacy'])).toEqual([]);
    const { etag } = await edited(
      draft,
      (t) =>
        setAttribute(t, { block: ['resource', ...SHELL.split('.')], attribute: 'severity' }, 3)
          .text,
    );
    const changes = await diffDraft(draft, ['legacy']);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ address: SHELL, change: 'changed', file: POLICIES, etag });
    expect(changes[0]?.attributes.map((a) => [a.label, a.before, a.after])).toEqual([
      ['Severity', 2, 3],
    ]);
  });

  it('[workspace] reverts one changed resource and keeps the other edit in the same file; a stale ETag gets 409', async () => {
    const { dataDir, workspaceId } = testWorkspace(files);
    const draft = await openDraft(dataDir, workspaceId, 'local', 'main');
    const web = ['resource', ...WEB.split('.')];
    await edited(draft, (t) => {
      const one = setAttribute(
        t,
        { block: ['resource', ...SHELL.split('.')], attribute: 'severity' },
        3,
      ).text;
      return setAttribute(one, { block: web, attribute: 'severity' }, 6).text;
    });
    const before = await diffDraft(draft, ['legacy']);
    expect(before.map((c) => c.address)).toEqual([SHELL, WEB]);
    const stale = await discardDraftResource(draft, {
      path: POLICIES,
      address: SHELL,
      baseEtag: 'not-the-etag',
    }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(AppError);
    expect((stale as AppError).code).toBe('CONFLICT');

    const { etag } = await discardDraftResource(draft, {
      path: POLICIES,
      address: SHELL,
      baseEtag: before[0]!.etag,
    });
    const after = await diffDraft(draft, ['legacy']);
    expect(after.map((c) => [c.address, c.etag])).toEqual([[WEB, etag]]);
    expect((await readDraftFile(draft, POLICIES)).content).toBe(
      setAttribute(files[POLICIES]!, { block: web, attribute: 'severity' }, 6).text,
    );
  });

  it('[workspace] a deleted resource comes back, an added one goes; an unknown one is 404', async () => {
    const { dataDir, workspaceId } = testWorkspace(files);
    const draft = await openDraft(dataDir, workspaceId, 'local', 'main');
    await edited(
      draft,
      (t) =>
        removeResource(t, ['resource', ...SHELL.split('.')]).text +
        '\nresource "sysdig_secure_policy" "extra" {\n  name = "Extra"\n}\n',
    );
    const changes = await diffDraft(draft, ['legacy']);
    expect(changes.map((c) => [c.address, c.change, c.file])).toEqual([
      ['sysdig_secure_policy.extra', 'added', POLICIES],
      [SHELL, 'removed', POLICIES],
    ]);
    const first = await discardDraftResource(draft, {
      path: POLICIES,
      address: SHELL,
      baseEtag: changes[0]!.etag,
    });
    await discardDraftResource(draft, {
      path: POLICIES,
      address: 'sysdig_secure_policy.extra',
      baseEtag: first.etag,
    });
    expect((await readDraftFile(draft, POLICIES)).content).toBe(files[POLICIES]);
    expect(await diffDraft(draft, ['legacy'])).toEqual([]);
    const missing = await discardDraftResource(draft, {
      path: POLICIES,
      address: 'sysdig_secure_policy.nope',
      baseEtag: (await readDraftFile(draft, POLICIES)).etag,
    }).catch((e: unknown) => e);
    expect((missing as AppError).code).toBe('NOT_FOUND');
    const hostile = await discardDraftResource(draft, {
      path: '../outside.tf',
      address: SHELL,
      baseEtag: 'x',
    }).catch((e: unknown) => e);
    expect((hostile as AppError).code).toBe('INVALID_INPUT');
  });
});

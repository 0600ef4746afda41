import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/workspaces/[workspaceId]/index/route';
import { LOCAL_ADMIN } from '@/lib/auth/get-actor';
import { parseEnv, setEnv } from '@/lib/env';
import { openRequestDraft } from '@/lib/workspace/open-request-draft';
import { testWorkspace } from '../../helpers/test-repo';

// The index route keeps its serialised answer while the draft is unchanged; any change on disk
// gives a new answer, and the answer never carries evaluated configurations (secrets).

const CHANNEL = (name: string) =>
  `resource "sysdig_secure_notification_channel_webhook" "hook" {\n  name = "${name}"\n  url  = "https://hooks.example.com/secret-path"\n}\n`;

let dir = '';
beforeAll(async () => {
  const made = testWorkspace(
    { 'main.tf': CHANNEL('one'), 'b.tf': CHANNEL('two').replace('"hook"', '"b"') },
    'answer',
  );
  setEnv(parseEnv({ RAMPART_DATA_DIR: made.dataDir }));
  dir = (await openRequestDraft('answer', undefined, LOCAL_ADMIN)).dir;
});

async function getIndex(): Promise<string> {
  const response = await GET(
    new Request('http://127.0.0.1:3000/api/workspaces/answer/index?branch=main'),
    { params: Promise.resolve({ workspaceId: 'answer' }) },
  );
  expect(response.status).toBe(200);
  return response.text();
}

describe('[index] the index route answer', () => {
  it('[index] is the same while nothing changes, new after a change, in address order, without configurations', async () => {
    const first = await getIndex();
    expect(await getIndex()).toBe(first);
    const parsed = JSON.parse(first) as { roots: Array<{ resources: Array<{ address: string }> }> };
    expect(parsed.roots[0]!.resources.map((r) => r.address)).toEqual([
      'sysdig_secure_notification_channel_webhook.b',
      'sysdig_secure_notification_channel_webhook.hook',
    ]);
    expect(first).not.toContain('secret-path');
    expect(first).not.toContain('"desired"');
    writeFileSync(path.join(dir, 'main.tf'), CHANNEL('one').replace('"hook"', '"renamed"'));
    const second = await getIndex();
    expect(second).not.toBe(first);
    expect(second).toContain('sysdig_secure_notification_channel_webhook.renamed');
    expect(await getIndex()).toBe(second);
  });
});

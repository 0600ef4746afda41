import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ADMIN } from '@/lib/auth/get-actor';
import { parseEnv, setEnv } from '@/lib/env';
import { AppError } from '@/lib/errors/app-error';
import { openRequestDraft } from '@/lib/workspace/open-request-draft';
import { readDraftFile } from '@/lib/workspace/read-draft-file';
import { readRulesItems } from '@/lib/workspace/read-rules-items';
import { saveRulesItem } from '@/lib/workspace/save-rules-item';
import { testWorkspace } from '../../helpers/test-repo';

const RULES = readFileSync('lib/workspace/sample/legacy-2018/rules.yaml', 'utf8');

beforeAll(() => {
  const made = testWorkspace({ 'rules.yaml': RULES, 'notes.txt': 'x' }, 'rules-items');
  setEnv(parseEnv({ RAMPART_DATA_DIR: made.dataDir }));
});

describe('[falco] rules-file items of a draft', () => {
  it('[falco] lists the rules, macros and lists with their values; saves one as a one-line change; a stale ETag gets 409', async () => {
    const read = await readRulesItems('rules-items', undefined, LOCAL_ADMIN, 'rules.yaml');
    expect(read.items.map((item) => `${item.kind}: ${item.name} @${item.line}`)).toEqual([
      'list: web_tier_binaries @2',
      'macro: web_tier_container @5',
      'rule: Unexpected spawned process web tier @8',
      'rule: Unexpected outbound connection web tier @21',
    ]);
    expect(read.items[3]!.values.priority).toBe('NOTICE');
    const { documentIndex, index, kind, name } = read.items[3]!;
    const ref = { documentIndex, index, kind, name };
    const saved = await saveRulesItem('rules-items', undefined, LOCAL_ADMIN, 'rules.yaml', {
      baseEtag: read.etag,
      ref,
      changes: { priority: 'CRITICAL' },
    });
    const draft = await openRequestDraft('rules-items', undefined, LOCAL_ADMIN);
    const { content } = await readDraftFile(draft, 'rules.yaml');
    expect(content).toBe(RULES.replace('priority: NOTICE', 'priority: CRITICAL'));
    expect(saved.etag).not.toBe(read.etag);
    const stale = await saveRulesItem('rules-items', undefined, LOCAL_ADMIN, 'rules.yaml', {
      baseEtag: read.etag,
      ref,
      changes: { priority: 'ERROR' },
    }).catch((error: unknown) => error);
    expect((stale as AppError).code).toBe('CONFLICT');
  });

  it('[falco] refuses files that are not YAML', async () => {
    const refused = await readRulesItems('rules-items', undefined, LOCAL_ADMIN, 'notes.txt').catch(
      (error: unknown) => error,
    );
    expect((refused as AppError).code).toBe('INVALID_INPUT');
  });
});

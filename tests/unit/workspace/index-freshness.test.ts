import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ADMIN } from '@/lib/auth/get-actor';
import { parseEnv, setEnv } from '@/lib/env';
import { indexRequestDraft } from '@/lib/workspace/index-request-draft';
import { openRequestDraft } from '@/lib/workspace/open-request-draft';
import { saveResource } from '@/lib/workspace/save-resource';
import { readResourceForm } from '@/lib/workspace/read-resource-form';
import { testWorkspace } from '../../helpers/test-repo';

// The draft index is kept in memory and redone incrementally: whatever changes on disk — a
// module file, a file() target outside the module folder, a new file — the next index must be
// the one a fresh validation gives.

const MAIN = `resource "sysdig_secure_user_rules_file" "rules" {
  content = file("\${path.module}/rules/user.yaml")
}

resource "sysdig_secure_custom_policy" "p" {
  name        = "p"
  description = "d"
  severity    = 4

  rules {
    name = "Rule one"
  }
}
`;
const RULES =
  '- rule: Rule one\n  desc: d\n  condition: proc.name = bash\n  output: o\n  priority: WARNING\n';

let dir = '';
beforeAll(async () => {
  const made = testWorkspace({ 'main.tf': MAIN, 'rules/user.yaml': RULES }, 'fresh');
  setEnv(parseEnv({ RAMPART_DATA_DIR: made.dataDir }));
  dir = (await openRequestDraft('fresh', undefined, LOCAL_ADMIN)).dir;
});

const problems = async () =>
  (await indexRequestDraft('fresh', undefined, LOCAL_ADMIN)).roots[0]!.diagnostics.filter(
    (d) => d.severity !== 'info',
  ).map((d) => `${d.file}:${d.line} ${d.code}`);

describe('[index] the incremental draft index follows every change on disk', () => {
  it('[index] a file() target outside the module folder, a module file, a new file, a save', async () => {
    expect(await problems()).toEqual([]);
    // The rules file (read by file(), not a module file) breaks: its condition no longer parses.
    writeFileSync(
      path.join(dir, 'rules/user.yaml'),
      RULES.replace('proc.name = bash', 'proc.name = ('),
    );
    expect((await problems()).some((p) => p.includes('falco-'))).toBe(true);
    // It is fixed, and renames the rule the policy names.
    writeFileSync(path.join(dir, 'rules/user.yaml'), RULES.replace('Rule one', 'Rule two'));
    expect(await problems()).toEqual(['main.tf:11 unknown-rule']);
    // The module file changes on disk (same size: only its stat signature tells).
    writeFileSync(path.join(dir, 'main.tf'), MAIN.replace('Rule one', 'Rule two'));
    expect(await problems()).toEqual([]);
    // A new module file with a duplicate address.
    writeFileSync(path.join(dir, 'extra.tf'), MAIN.split('\n\n')[1]!);
    expect(await problems()).toContain('extra.tf:1 duplicate-address');
    writeFileSync(path.join(dir, 'extra.tf'), '');
    // A form save: its index is the next read's.
    const form = await readResourceForm(
      'fresh',
      undefined,
      LOCAL_ADMIN,
      'sysdig_secure_custom_policy.p',
    );
    await saveResource('fresh', undefined, LOCAL_ADMIN, 'sysdig_secure_custom_policy.p', {
      baseEtag: form.etag,
      changes: [{ op: 'set', path: [], attribute: 'severity', value: 2 }],
    });
    expect(await problems()).toEqual([]);
    const index = await indexRequestDraft('fresh', undefined, LOCAL_ADMIN);
    // In address order.
    expect(index.roots[0]!.resources.map((r) => r.address)).toEqual([
      'sysdig_secure_custom_policy.p',
      'sysdig_secure_user_rules_file.rules',
    ]);
  });
});

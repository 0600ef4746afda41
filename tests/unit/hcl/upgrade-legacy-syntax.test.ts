import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as hcl2json } from '@cdktn/hcl2json';
import { describe, expect, it } from 'vitest';
import { applyTextEdits, parseHcl, upgradeLegacySyntax } from '@/lib/hcl/index.ts';

const SEED = join(process.cwd(), '../shared/fixtures/seed-2018');

function seedFiles(): { name: string; text: string }[] {
  const files: { name: string; text: string }[] = [];
  for (const dir of ['demo', 'snippets']) {
    for (const f of readdirSync(join(SEED, dir)).filter((n) => n.endsWith('.tf')))
      files.push({ name: `${dir}/${f}`, text: readFileSync(join(SEED, dir, f), 'utf8') });
  }
  return files;
}

describe('[hcl] upgradeLegacySyntax', () => {
  it('[hcl] rewrites blocks inside objects into nested blocks and unwraps "${x}"', () => {
    const text =
      'resource "r" "x" {\n  network = {\n    inbound = "accept"\n    ports {\n      tcp = { x = 1 }\n    }\n  }\n  plain = { a = 1 }\n  ids = ["${a.b.id}", "x-${c}"]\n  k = { "${d}" = 1 }\n}\n';
    const upgraded = applyTextEdits(text, upgradeLegacySyntax(text));
    expect(upgraded).toBe(
      'resource "r" "x" {\n  network {\n    inbound = "accept"\n    ports {\n      tcp = { x = 1 }\n    }\n  }\n  plain = { a = 1 }\n  ids = [a.b.id, "x-${c}"]\n  k = { "${d}" = 1 }\n}\n',
    );
    expect(parseHcl(upgraded).diagnostics).toEqual([]);
  });

  it('[hcl] makes every 2018 seed file acceptable to HCL', async () => {
    for (const file of seedFiles()) {
      const upgraded = applyTextEdits(file.text, upgradeLegacySyntax(file.text));
      expect(parseHcl(upgraded).diagnostics, file.name).toEqual([]);
      await expect(hcl2json(file.name, upgraded)).resolves.toBeTypeOf('object');
    }
  });

  it('[hcl] upgrades policy_sample2.tf network into blocks', () => {
    const text = readFileSync(join(SEED, 'snippets/policy_sample2.tf'), 'utf8');
    const upgraded = applyTextEdits(text, upgradeLegacySyntax(text));
    expect(upgraded).toContain('network {\n   inbound = "accept"');
    expect(upgraded).toContain(
      'notification_channels = [sysdig_secure_notification_channel.sample-victorops.id]',
    );
    expect(upgraded).toContain('processes = {');
  });
});

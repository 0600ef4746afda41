import { describe, expect, it } from 'vitest';
import { evaluateResource, hashText, loadModule, updateModuleFile } from '@/lib/terraform/index.ts';
import { PARSE_CACHE_LIMIT } from '@/lib/terraform/parse-cached.ts';

const CHANNEL = 'resource "sysdig_secure_notification_channel_email" "ops" {\n  name = "ops"\n}\n';
const POLICY =
  'resource "sysdig_secure_custom_policy" "p" {\n  notification_channels = [sysdig_secure_notification_channel_email.ops.id]\n}\n';

describe('[terraform] updateModuleFile', () => {
  it('[terraform] re-parses only the changed file and rebuilds the graph', () => {
    const model = loadModule({
      files: [
        { path: 'channels.tf', text: CHANNEL },
        { path: 'policies.tf', text: POLICY },
      ],
    });
    expect(model.diagnostics).toEqual([]);
    const before = model.files.find((f) => f.path === 'policies.tf');
    const renamed = updateModuleFile(model, 'channels.tf', CHANNEL.replace('"ops"', '"secops"'));
    expect(renamed.files.find((f) => f.path === 'policies.tf')).toBe(before);
    expect(renamed.diagnostics.map((d) => `${d.code}@${d.file}:${d.line}:${d.column}`)).toEqual([
      'dangling-reference@policies.tf:2:28',
    ]);
    expect(renamed.diagnostics[0]?.hint).toBe(
      'Did you mean `sysdig_secure_notification_channel_email.secops`? Otherwise declare `sysdig_secure_notification_channel_email.ops`.',
    );
    expect(model.diagnostics).toEqual([]);
    const restored = updateModuleFile(renamed, 'channels.tf', CHANNEL);
    expect(restored.diagnostics).toEqual([]);
    // Identical text comes from the content-hash cache: the very same parse result.
    expect(restored.files.find((f) => f.path === 'channels.tf')?.parsed).toBe(
      model.files.find((f) => f.path === 'channels.tf')?.parsed,
    );
    expect(findUsed(restored)).toEqual(['sysdig_secure_custom_policy.p']);
  });

  it('[terraform] adds and removes files, and re-evaluates locals of the new version', () => {
    const model = loadModule({ files: [{ path: 'main.tf', text: 'locals {\n  a = "one"\n}\n' }] });
    expect(evaluateResource(model, 'local.a').config.value).toBe('one');
    const changed = updateModuleFile(model, 'main.tf', 'locals {\n  a = "two"\n}\n');
    expect(evaluateResource(changed, 'local.a').config.value).toBe('two');
    expect(evaluateResource(model, 'local.a').config.value).toBe('one');
    const added = updateModuleFile(changed, 'vars.tf', 'variable "v" {\n  default = 1\n}\n');
    expect(added.variables.map((v) => v.address)).toEqual(['var.v']);
    const removed = updateModuleFile(added, 'vars.tf', null);
    expect(removed.variables).toEqual([]);
    expect(removed.files.map((f) => f.path)).toEqual(['main.tf']);
  });

  it('[terraform] hashes text with a stable pure FNV-1a', () => {
    expect(hashText('')).toBe('811c9dc5-0');
    expect(hashText('a')).toBe('e40c292c-1');
    expect(hashText('foobar')).toBe('bf9cf968-6');
    expect(hashText('resource')).not.toBe(hashText('resourcf'));
  });
});

function findUsed(model: ReturnType<typeof loadModule>): string[] {
  return (model.usedBy.get('sysdig_secure_notification_channel_email.ops') ?? []).map(
    (r) => r.from,
  );
}

describe('[terraform] parse cache', () => {
  it('[terraform] keeps the parse cache bounded while editing', () => {
    let model = loadModule({ files: [{ path: 'main.tf', text: 'locals {\n  a = 0\n}\n' }] });
    for (let i = 1; i <= PARSE_CACHE_LIMIT + 10; i++)
      model = updateModuleFile(model, 'main.tf', `locals {\n  a = ${i}\n}\n`);
    expect(model.cache.size).toBe(PARSE_CACHE_LIMIT);
    expect(evaluateResource(model, 'local.a').config.value).toBe(PARSE_CACHE_LIMIT + 10);
  });
});

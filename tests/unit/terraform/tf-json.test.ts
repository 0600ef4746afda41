import path from 'node:path';
import { parse as hcl2json } from '@cdktn/hcl2json';
import { describe, expect, it } from 'vitest';
import { evaluateResource, loadModule, type TModule } from '@/lib/terraform/index.ts';
import { sharedPath } from '../../helpers/shared-fixtures.ts';
import { diskReader, moduleFromDisk } from './module-from-disk.ts';

const SAMPLE = path.join(process.cwd(), 'lib/workspace/sample');

// Terraform's JSON syntax must give the same model as the native syntax: each folder is
// converted by HashiCorp HCL (@cdktn/hcl2json: expressions become "${…}" templates, blocks
// arrays of bodies) and loaded as .tf.json.
async function asJsonModule(model: TModule, base: string): Promise<TModule> {
  const files = await Promise.all(
    model.files
      .filter((f) => f.kind === 'tf')
      .map(async (f) => ({
        path: `${f.path}.json`,
        text: JSON.stringify(await hcl2json(f.path, f.text), null, 2),
      })),
  );
  return loadModule({ files, readFile: diskReader(base) });
}

function summary(model: TModule) {
  return {
    addresses: [...model.byAddress.keys()].sort(),
    references: model.references
      .map((r) => `${r.from} ${r.attribute} ${r.text} -> ${r.target}`)
      .sort(),
    diagnostics: model.diagnostics.map((d) => `${d.code} ${d.address ?? ''} ${d.message}`).sort(),
    configs: Object.fromEntries(
      model.resources.map((r) => [r.address, evaluateResource(model, r.address).config]),
    ),
  };
}

describe('[terraform] .tf.json', () => {
  it('[terraform] loads the sample and the 2018 demo converted to JSON syntax into the same model', async () => {
    for (const [base, folder] of [
      [SAMPLE, 'legacy-2018'],
      [SAMPLE, 'current'],
      [sharedPath('fixtures/seed-2018'), 'demo'],
    ] as const) {
      const native = moduleFromDisk(base, folder);
      const json = await asJsonModule(native, base);
      const expected = summary(native);
      const actual = summary(json);
      // References inside "${…}" are the same traversals; attribute paths of nested blocks
      // differ (JSON has no blocks without a schema), so compare the traversal and target.
      expect(actual.addresses).toEqual(expected.addresses);
      expect(actual.configs).toEqual(expected.configs);
      expect(actual.diagnostics.map((d) => d.replace(/`[^`]*`/g, ''))).toEqual(
        expected.diagnostics.map((d) => d.replace(/`[^`]*`/g, '')),
      );
      expect(json.references.map((r) => `${r.text} -> ${r.target}`).sort()).toEqual(
        native.references.map((r) => `${r.text} -> ${r.target}`).sort(),
      );
    }
  });

  it('[terraform] keeps positions in .tf.json for the dangling reference of the demo', async () => {
    const native = moduleFromDisk(sharedPath('fixtures/seed-2018'), 'demo');
    const json = await asJsonModule(native, sharedPath('fixtures/seed-2018'));
    const dangling = json.diagnostics.find((d) => d.code === 'dangling-reference');
    const file = json.files.find((f) => f.path === dangling?.file);
    expect(dangling?.hint).toBe(
      'Did you mean `sysdig_secure_notification_channel.elastic-search`? Otherwise declare `sysdig_secure_notification_channel.webhook`.',
    );
    const line = file?.text.split('\n')[(dangling?.line ?? 1) - 1] ?? '';
    expect(line.slice((dangling?.column ?? 1) - 1, (dangling?.endColumn ?? 1) - 1)).toBe(
      'sysdig_secure_notification_channel.webhook.id',
    );
  });
});

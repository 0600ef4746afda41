import path from 'node:path';
import { parse as hcl2json } from '@cdktn/hcl2json';
import { describe, expect, it } from 'vitest';
import { loadModule, type TBlockModel, type TConfigValue } from '@/lib/terraform/index.ts';
import { sharedPath } from '../../helpers/shared-fixtures.ts';
import { generateCorpus } from '../hcl/generate-corpus.ts';
import { moduleFromDisk } from './module-from-disk.ts';

// HashiCorp HCL (via @cdktn/hcl2json) is the oracle for the model's structure: the same
// resources, and for every literal attribute, at any nesting depth, the same value.
const compared = { count: 0, files: 0 };

type TJson = null | boolean | number | string | TJson[] | { [key: string]: TJson };

// hcl2json escapes literal `${` / `%{` as `$${` / `%%{` (DESIGN §4).
function asHcl2json(value: TConfigValue | undefined): unknown {
  if (typeof value === 'string')
    return value.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
  if (Array.isArray(value)) return value.map(asHcl2json);
  if (value !== null && typeof value === 'object')
    return sortKeys(Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asHcl2json(v)])));
  return value;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(object)
      .sort()
      .map((key) => [key, sortKeys(object[key])]),
  );
}

function compareBlock(
  block: TBlockModel,
  json: TJson | undefined,
  where: string,
  out: string[],
): void {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    out.push(`${where}: hcl2json has no body`);
    return;
  }
  for (const attribute of Object.values(block.attributes)) {
    if (!attribute.isLiteral) continue;
    compared.count++;
    const expected = JSON.stringify(sortKeys(json[attribute.name]));
    const actual = JSON.stringify(asHcl2json(attribute.value));
    if (expected !== actual)
      out.push(`${where}.${attribute.name}: ours ${actual}, hcl2json ${expected}`);
  }
  const seen = new Map<string, number>();
  for (const nested of block.blocks) {
    if (nested.labels.length > 0) continue;
    const index = seen.get(nested.type) ?? 0;
    seen.set(nested.type, index + 1);
    const list = json[nested.type];
    compareBlock(
      nested,
      Array.isArray(list) ? list[index] : undefined,
      `${where}.${nested.type}[${index}]`,
      out,
    );
  }
}

async function differences(files: { path: string; text: string }[]): Promise<string[]> {
  const out: string[] = [];
  for (const file of files) {
    const model = loadModule({ files: [file] });
    if ((model.files[0]?.parsed?.diagnostics.length ?? 1) > 0) continue;
    compared.files++;
    const json = (await hcl2json(file.path, file.text)) as {
      resource?: Record<string, Record<string, TJson[]>>;
    };
    const theirs = Object.entries(json.resource ?? {}).flatMap(([type, byName]) =>
      Object.keys(byName).map((name) => `${type}.${name}`),
    );
    expect(model.resources.map((r) => r.address).sort()).toEqual(theirs.sort());
    for (const resource of model.resources) {
      const body = json.resource?.[resource.type]?.[resource.name]?.[0];
      compareBlock(resource.block, body, `${file.path}:${resource.address}`, out);
    }
  }
  return out;
}

describe('[terraform] differential against HashiCorp HCL', () => {
  it('[terraform] decodes every literal attribute of the sample, the 2018 demo and a generated corpus like HCL', async () => {
    const files = [
      ...moduleFromDisk(path.join(process.cwd(), 'lib/workspace/sample'), 'legacy-2018').files,
      ...moduleFromDisk(path.join(process.cwd(), 'lib/workspace/sample'), 'current').files,
      ...moduleFromDisk(sharedPath('fixtures/seed-2018'), 'demo').files.filter(
        (f) => f.kind === 'tf',
      ),
    ].map((f) => ({ path: f.path, text: f.text }));
    const corpus = generateCorpus(1000, 99).map((f) => ({ path: f.name, text: f.text }));
    expect(await differences([...files, ...corpus])).toEqual([]);
    expect(compared.files).toBeGreaterThan(500);
    expect(compared.count).toBeGreaterThan(1000);
  });
});

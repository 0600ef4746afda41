import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAttributeModel } from '@/lib/terraform/build-block-model.ts';
import {
  evaluateAttribute,
  evaluateResource,
  loadModule,
  updateModuleFile,
  type TModule,
} from '@/lib/terraform/index.ts';
import { generateCorpus, mutateFile } from '../hcl/generate-corpus.ts';

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/hcl');

function evaluateEverything(model: TModule): number {
  let count = 0;
  // Top-level attributes are not part of Terraform's model, but their expressions exercise the evaluator.
  for (const file of model.files) {
    const parsed = file.parsed;
    if (!parsed) continue;
    for (const attribute of parsed.attributes) {
      const result = evaluateAttribute(
        model,
        file.path,
        buildAttributeModel(attribute, file.text, parsed.file.tokens.lineStarts),
      );
      expect(result.value).toBeDefined();
      count++;
    }
  }
  for (const address of model.byAddress.keys()) {
    const result = evaluateResource(model, address);
    expect(typeof result.config).toBe('object');
    for (const d of result.diagnostics) expect(d.line).toBeGreaterThan(0);
    count++;
  }
  return count;
}

describe('[terraform] robustness', () => {
  it('[terraform] loads and evaluates every HCL fixture, valid or not, without throwing', () => {
    const files = readdirSync(FIXTURES)
      .filter((name) => name.endsWith('.tf'))
      .map((name) => ({ path: name, text: readFileSync(path.join(FIXTURES, name), 'utf8') }));
    expect(files.length).toBeGreaterThan(100);
    let evaluated = 0;
    for (const file of files)
      evaluated += evaluateEverything(loadModule({ files: [file], readFile: () => null }));
    const whole = loadModule({ files, readFile: () => null });
    evaluated += evaluateEverything(whole);
    expect(evaluated).toBeGreaterThan(100);
    for (const d of whole.diagnostics) expect(d.file).not.toBe('');
  });

  it('[terraform] survives generated and mutated files, edit after edit', () => {
    const corpus = generateCorpus(120, 7);
    let model = loadModule({ files: corpus.map((f) => ({ path: f.name, text: f.text })) });
    evaluateEverything(model);
    corpus.forEach((file, i) => {
      if (i % 3 !== 0) return;
      model = updateModuleFile(model, file.name, mutateFile(file.text, i));
    });
    evaluateEverything(model);
    const fresh = loadModule({ files: model.files.map((f) => ({ path: f.path, text: f.text })) });
    expect(model.diagnostics).toEqual(fresh.diagnostics);
  });
});

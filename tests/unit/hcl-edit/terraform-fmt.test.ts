import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHcl } from '@/lib/hcl/index.ts';
import {
  addAttribute,
  addNestedBlock,
  addResource,
  setAttribute,
  type HclEditBlockSpec,
  type HclEditValue,
} from '@/lib/hcl/edit/index.ts';
import { readReal } from './helpers.ts';

const TERRAFORM = '/usr/local/bin/terraform';
const hasTerraform = existsSync(TERRAFORM);
if (!hasTerraform)
  console.warn(`[hcl-edit] ${TERRAFORM} is absent: terraform fmt idempotence tests are skipped.`);

function terraformFmt(text: string): string {
  return execFileSync(TERRAFORM, ['fmt', '-'], {
    input: text,
    encoding: 'utf8',
    env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null' },
  });
}

const name = fc.constantFrom(
  'name',
  'description',
  'severity',
  'enabled',
  'x',
  'notification_channels',
  'a_rather_long_attribute',
);
const leaf: fc.Arbitrary<HclEditValue> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 10 }).map((s) => s.normalize('NFC')),
  fc.constantFrom('${x}', 'a\nb', '"q" \\'),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    { expression: 'var.x' },
    { expression: 'sysdig_secure_list.a.id' },
    { expression: '[for c in var.l : c.id]' },
  ),
);
const { value } = fc.letrec<{ value: HclEditValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('k', 'long_key', 'a b', 'ü'), tie('value'), {
      maxKeys: 3,
      noNullPrototype: true,
    }),
  ),
}));
const attributes = fc.dictionary(name, value, { maxKeys: 5, noNullPrototype: true });
const { block } = fc.letrec<{ block: HclEditBlockSpec }>((tie) => ({
  block: fc.record({
    type: fc.constantFrom('rules', 'actions', 'capture', 'scope'),
    attributes,
    blocks: fc.oneof(
      { depthSize: 'small' },
      fc.constant<HclEditBlockSpec[]>([]),
      fc.array(tie('block'), { maxLength: 2 }),
    ),
  }),
}));

function generatedFile(): string {
  const specs = fc.sample(fc.record({ attributes, blocks: fc.array(block, { maxLength: 3 }) }), {
    numRuns: 80,
    seed: 42,
  });
  let text = '';
  specs.forEach((spec, i) => {
    text = addResource(text, { type: 'sysdig_secure_custom_policy', name: `p${i}`, ...spec }).text;
  });
  return text;
}

describe('terraform fmt style', () => {
  const file = generatedFile();

  it('[hcl-edit] generated resources are already formatted (lib/hcl formatHcl)', () => {
    expect(file.length).toBeGreaterThan(2000);
    expect(formatHcl(file)).toBe(file);
  });

  it.skipIf(!hasTerraform)(
    '[hcl-edit] terraform fmt leaves 80 generated resources unchanged',
    () => {
      expect(terraformFmt(file)).toBe(file);
    },
  );

  it.skipIf(!hasTerraform)('[hcl-edit] edits of a formatted file keep it formatted', () => {
    const address = { block: ['resource', 'sysdig_secure_custom_policy', 'production_shells'] };
    let text = readReal('lib/workspace/sample/current/policies.tf');
    expect(terraformFmt(text)).toBe(text);
    text = setAttribute(text, { ...address, attribute: 'severity' }, 7).text;
    text = setAttribute(text, { ...address, attribute: 'notification_channels' }, [
      { expression: 'var.a' },
      { expression: 'var.b' },
      'c',
    ]).text;
    text = addAttribute(text, { ...address, attribute: 'owner' }, 'secops').text;
    text = addNestedBlock(text, address, 'rules', { name: 'Second rule', enabled: false }).text;
    text = addNestedBlock(text, { ...address, path: [{ block: 'actions', index: 0 }] }, 'kill', {
      signal: 9,
      targets: { a: 1 },
    }).text;
    text = setAttribute(
      text,
      { ...address, attribute: 'labels' },
      { team: 'secops', tags: ['a', 'b'] },
    ).text;
    expect(terraformFmt(text)).toBe(text);
    expect(formatHcl(text)).toBe(text);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issuesAt, toChanges, validateForm, withEdit } from '@/components/forms/form-state';
import { ZFormField } from '@/lib/contracts/resource-api';
import { getResourceType } from '@/lib/sysdig/registry';
import { loadModule } from '@/lib/terraform/load-module';
import { buildResourceFields } from '@/lib/workspace/build-resource-fields';

const text = readFileSync('lib/workspace/sample/current/policies.tf', 'utf8');
const block = loadModule({ files: [{ path: 'policies.tf', text }] }).byAddress.get(
  'sysdig_secure_custom_policy.production_shells',
)?.block;
const fields = buildResourceFields(
  getResourceType('sysdig_secure_custom_policy')!.attributes,
  block,
  text,
).map((f) => ZFormField.parse(f));
const field = (name: string) => fields.find((f) => f.name === name)!;

describe('[forms] form state', () => {
  it('[forms] an edit back to the written value is forgotten, so a save touches only real changes', () => {
    const edited = withEdit({}, field('severity'), [], 5);
    expect(Object.keys(edited)).toEqual(['severity']);
    expect(withEdit(edited, field('severity'), [], 2)).toEqual({});
    expect(toChanges(edited, fields)).toEqual([
      { op: 'set', path: [], attribute: 'severity', value: 5 },
    ]);
  });

  it('[forms] sets drop empty picker rows and duplicates', () => {
    const email = { expression: 'sysdig_secure_notification_channel_email.secops.id' };
    const edited = withEdit(
      {},
      field('notification_channels'),
      [],
      [email, { expression: '' }, email],
    );
    expect(toChanges(edited, fields)).toEqual([
      { op: 'set', path: [], attribute: 'notification_channels', value: [email] },
    ]);
  });

  it('[forms] validates inline with the registry schema: out-of-range severity is an error on its field', () => {
    expect(
      validateForm('sysdig_secure_custom_policy', fields, {}).filter((i) => i.severity === 'error'),
    ).toEqual([]);
    const issues = validateForm(
      'sysdig_secure_custom_policy',
      fields,
      withEdit({}, field('severity'), [], 9),
    );
    expect(issuesAt(issues, 'severity')).toHaveLength(1);
    expect(issuesAt(issues, 'severity')[0]?.severity).toBe('error');
    const capture = [
      { block: 'actions', index: 0 },
      { block: 'capture', index: 0 },
    ];
    const name = field('actions')
      .blocks![0]!.fields.find((f) => f.name === 'capture')!
      .blocks![0]!.fields.find((f) => f.name === 'name')!;
    const missing = validateForm(
      'sysdig_secure_custom_policy',
      fields,
      withEdit({}, name, capture, null),
    );
    expect(issuesAt(missing, 'actions[0].capture[0].name').map((i) => i.code)).toContain(
      'missing-required',
    );
    expect(
      issuesAt(
        [{ attribute: 'actions[0].capture.name' }, { attribute: 'actions[1].capture.name' }],
        'actions[0].capture[0].name',
      ),
    ).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { findRootModules } from '@/lib/terraform/index.ts';

describe('[terraform] findRootModules', () => {
  it('[terraform] lists folders holding .tf files, skipping hidden and .terraform folders', () => {
    expect(
      findRootModules([
        'README.md',
        'main.tf',
        'legacy-2018/policies.tf',
        'legacy-2018/rules.yaml',
        'current/versions.tf',
        'current/policies.tf',
        './envs/prod/main.tf.json',
        'envs/prod/terraform.tfvars',
        '.terraform/modules/x/main.tf',
        'a/.hidden/main.tf',
        'docs/notes.tf.md',
      ]),
    ).toEqual(['.', 'current', 'envs/prod', 'legacy-2018']);
    expect(findRootModules([])).toEqual([]);
  });
});

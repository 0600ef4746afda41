import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateModule } from '@/lib/validate/validate-module';
import type { TValidationDiagnostic } from '@/lib/validate/types';
import { sharedPath } from '../../helpers/shared-fixtures';
import { BAD_CASES } from './bad-configurations';

function validateFiles(files: Record<string, string>, knownRules?: string[]) {
  return validateModule({
    modulePath: '.',
    files: Object.entries(files).map(([name, text]) => ({ path: name, text })),
    readFile: (file) => files[file.replace(/^\.\//, '')] ?? null,
    knownRules,
  });
}

function validateDirectory(dir: string) {
  const files = readdirSync(dir)
    .filter((name) => /\.(tf|tfvars|ya?ml)$/.test(name))
    .map((name) => ({
      path: path.join(dir, name),
      text: readFileSync(path.join(dir, name), 'utf8'),
    }));
  return validateModule({
    modulePath: dir,
    files,
    readFile: (file) => (existsSync(file) ? readFileSync(file, 'utf8') : null),
  });
}

const summary = (d: TValidationDiagnostic) =>
  `${path.basename(d.file)}:${d.line}:${d.column} ${d.severity} ${d.code}`;
const findings = (diagnostics: TValidationDiagnostic[]) =>
  diagnostics.filter((d) => d.severity !== 'info').map(summary);

describe('[validate] a table of bad configurations, each with its code and position', () => {
  it('[validate] has at least 60 cases', () => expect(BAD_CASES.length).toBeGreaterThanOrEqual(60));
  it.each(BAD_CASES.map((c) => [c.name, c] as const))('[validate] %s', (_name, bad) => {
    const { diagnostics } = validateFiles(bad.files);
    const expected = `${bad.file ?? 'main.tf'}:${bad.line}:${bad.column} ${bad.severity ?? 'error'} ${bad.code}`;
    expect(diagnostics.map(summary)).toContain(expected);
    for (const d of diagnostics) expect(d.message.length).toBeGreaterThan(10);
  });
});

describe('[validate] real inputs', () => {
  it('[validate] the 2018 demo reports exactly its one defect: the dangling webhook channel', () => {
    expect(
      findings(validateDirectory(sharedPath('fixtures', 'seed-2018', 'demo')).diagnostics),
    ).toEqual(['demo_policies.tf:15:31 error dangling-reference']);
  });

  it('[validate] the 2018 snippets report exactly the README defects plus the token literal', () => {
    const report = validateDirectory(sharedPath('fixtures', 'seed-2018', 'snippets'));
    expect(findings(report.diagnostics)).toEqual([
      'policies_priority.tf:6:7 error dangling-reference',
      'policy_sample2.tf:23:20 error legacy-block-in-object',
      'policy_sample2.tf:51:29 error dangling-reference',
      'provider_with_token.tf:4:1 warning secret-literal',
      'rules_traefik.tf:4:19 error missing-file',
    ]);
    // The HCL1 syntax error does not hide any resource of the snippets.
    expect(report.resources.map((r) => r.address).sort()).toEqual([
      'sysdig_secure_notification_channel.sample-email',
      'sysdig_secure_policies_priority.priority',
      'sysdig_secure_policy.sample2',
      'sysdig_secure_user_rules_file.rules-traefik',
    ]);
  });

  it.each(['legacy-2018', 'current'])(
    '[validate] the sample workspace %s has no error and no warning',
    (root) => {
      const report = validateDirectory(path.resolve('lib/workspace/sample', root));
      expect(findings(report.diagnostics)).toEqual([]);
      expect(report.resources.length).toBeGreaterThan(4);
    },
  );

  it('[validate] with the backend’s rules known, a policy naming a missing rule is an error', () => {
    const files = {
      'main.tf':
        'resource "sysdig_secure_custom_policy" "p" {\n  name        = "p"\n  description = "d"\n  rules {\n    name = "Nope"\n  }\n}\n',
    };
    expect(
      validateFiles(files, ['Terminal shell in container']).diagnostics.map(summary),
    ).toContain('main.tf:5:5 error unknown-rule');
  });

  it('[validate] a catastrophic regex is checked in linear time (RE2 semantics)', () => {
    const files = {
      'main.tf': `resource "sysdig_secure_policy" "p" {\n  name                  = "p"\n  description           = "d"\n  severity              = 4\n  enabled               = true\n  container_scope       = true\n  host_scope            = false\n  falco_rule_name_regex = "(a+)+$"\n}\n`,
      'rules.yaml': `- rule: ${'a'.repeat(5000)}!\n  desc: d\n  condition: proc.name = x\n  output: o\n  priority: WARNING\n`,
    };
    expect(validateFiles(files).diagnostics.map(summary)).toContain(
      'main.tf:8:3 warning regex-matches-nothing',
    );
  });
});

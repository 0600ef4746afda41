import { describe, expect, it } from 'vitest';
import {
  addNestedBlock,
  removeAttribute,
  removeNestedBlock,
  setAttribute,
} from '@/lib/hcl/edit/index.ts';
import { expectSound, readReal } from './helpers.ts';

describe('edits on the sample repositories', () => {
  it('[hcl-edit] replaces a <<- heredoc condition and edits exceptions of a Falco rule', () => {
    const text = readReal('lib/workspace/sample/current/falco.tf');
    const rule = { block: ['resource', 'sysdig_secure_rule_falco', 'shell_in_production'] };
    const condition = setAttribute(
      text,
      { ...rule, attribute: 'condition' },
      'interactive_shell and container.id != host\n',
    );
    expect(condition.text).toContain(
      '  condition = "interactive_shell and container.id != host\\n"\n\n  output   =',
    );
    expectSound(text, condition);
    const values = setAttribute(
      text,
      { ...rule, path: [{ block: 'exceptions', index: 0 }], attribute: 'values' },
      { expression: 'jsonencode([["registry.example.com/debug-tools"], ["quay.io/x"]])' },
    );
    expect(values.edits).toHaveLength(1);
    expect(values.text).toContain(
      '    values = jsonencode([["registry.example.com/debug-tools"], ["quay.io/x"]])\n',
    );
    const tags = setAttribute(text, { ...rule, attribute: 'tags' }, [
      'container',
      'shell',
      'mitre_execution',
      'T1059',
    ]);
    expect(tags.text).toContain(
      '  tags        = ["container", "shell", "mitre_execution", "T1059"]\n',
    );
  });

  it('[hcl-edit] edits the deepest blocks of the 2018 web tier policy', () => {
    const text = readReal('lib/workspace/sample/legacy-2018/policies.tf');
    const policy = { block: ['resource', 'sysdig_secure_policy', 'web_tier_baseline'] };
    const tcp = [
      { block: 'network', index: 0 },
      { block: 'listening_ports', index: 0 },
      { block: 'tcp', index: 0 },
    ];
    const ports = setAttribute(
      text,
      { ...policy, path: tcp, attribute: 'whitelist' },
      [80, 443, 8443],
    );
    expect(ports.text).toContain('        whitelist = [80, 443, 8443]\n        blacklist = [22]\n');
    expectSound(text, ports);
    const udp = removeNestedBlock(text, {
      ...policy,
      path: [
        { block: 'network', index: 0 },
        { block: 'listening_ports', index: 0 },
        { block: 'udp', index: 0 },
      ],
    });
    expect(udp.text).toContain('        blacklist = [22]\n      }\n    }\n  }\n\n  filesystem {');
    const read = addNestedBlock(
      text,
      { ...policy, path: [{ block: 'filesystem', index: 0 }] },
      'read',
      { whitelist: ['/srv'], blacklist: [] },
    );
    expect(read.text).toContain(
      '      blacklist = ["/etc/shadow"]\n    }\n\n    read {\n      whitelist = ["/srv"]\n      blacklist = []\n    }\n\n    readwrite {',
    );
    const scope = removeAttribute(text, { ...policy, attribute: 'host_scope' });
    expect(scope.text).toContain('  container_scope = true\n\n  processes {');
  });
});

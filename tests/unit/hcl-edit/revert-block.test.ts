import { describe, expect, it } from 'vitest';
import {
  addResource,
  HclEditError,
  removeResource,
  revertBlock,
  setAttribute,
} from '@/lib/hcl/edit/index.ts';
import { parseHcl } from '@/lib/hcl/index.ts';
import { expectSound, readReal, realCorpus } from './helpers.ts';

const POLICIES = 'lib/workspace/sample/legacy-2018/policies.tf';
const SHELL = ['resource', 'sysdig_secure_policy', 'terminal_shell_in_container'];
const WEB = ['resource', 'sysdig_secure_policy', 'web_tier_baseline'];

function resourceBlocks(text: string): string[][] {
  return parseHcl(text).file.body.items.flatMap((item) =>
    item.kind === 'block' && item.type === 'resource'
      ? [['resource', ...item.labels.map((l) => l.value)]]
      : [],
  );
}

describe('revertBlock', () => {
  it('[hcl-edit] reverts one changed resource and keeps the other edit in the same file', () => {
    const committed = readReal(POLICIES);
    const one = setAttribute(committed, { block: SHELL, attribute: 'severity' }, 5).text;
    const both = setAttribute(one, { block: WEB, attribute: 'description' }, 'Edited').text;
    const result = revertBlock(both, committed, SHELL);
    expectSound(both, result);
    expect(result.text).toBe(
      setAttribute(committed, { block: WEB, attribute: 'description' }, 'Edited').text,
    );
    expect(result.edits).toHaveLength(1);
  });

  it('[hcl-edit] removes a resource the draft added, and only it', () => {
    const committed = readReal(POLICIES);
    const edited = setAttribute(committed, { block: WEB, attribute: 'severity' }, 7).text;
    const added = addResource(edited, {
      type: 'sysdig_secure_policy',
      name: 'extra',
      attributes: { name: 'Extra', severity: 1 },
    }).text;
    const result = revertBlock(added, committed, ['resource', 'sysdig_secure_policy', 'extra']);
    expectSound(added, result);
    expect(result.text).toBe(edited);
  });

  it('[hcl-edit] every resource of the real corpus deleted in a draft comes back byte for byte', () => {
    let checked = 0;
    for (const { name, text } of realCorpus()) {
      if (parseHcl(text).diagnostics.some((d) => d.severity === 'error')) continue;
      for (const block of resourceBlocks(text)) {
        const removed = removeResource(text, block).text;
        const result = revertBlock(removed, text, block);
        expectSound(removed, result);
        expect(result.text, `${name} ${block.join('.')}`).toBe(text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('[hcl-edit] a deleted resource whose neighbour is gone too goes to the end of the file', () => {
    const committed = readReal(POLICIES);
    const withoutShell = removeResource(committed, SHELL).text;
    const neither = removeResource(withoutShell, WEB).text;
    const result = revertBlock(neither, committed, WEB);
    expectSound(neither, result);
    expect(resourceBlocks(result.text)).toEqual([WEB]);
    expect(result.text).toContain('# A baseline for the web tier');
  });

  it('[hcl-edit] refuses a block in neither version and a block that does not parse', () => {
    const committed = readReal(POLICIES);
    expect(() => revertBlock(committed, committed, ['resource', 'x', 'y'])).toThrow(HclEditError);
    const broken = committed.replace('severity        = 2', 'severity        = ');
    expect(() => revertBlock(broken, committed, SHELL)).not.toThrow();
    expect(revertBlock(broken, committed, SHELL).text).toBe(committed);
  });
});

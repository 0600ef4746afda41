import { describe, expect, it } from 'vitest';
import { checkConditionText } from '@/lib/falco/check-condition-text';

describe('[falco] checkConditionText', () => {
  it('reports a syntax error at its line and column, unknown fields as warnings, nothing for a good condition', () => {
    expect(checkConditionText('evt.type = execve and proc.name in (bash, sh)')).toEqual([]);
    const [syntax] = checkConditionText('evt.type = execve and\n  (proc.name = bash');
    expect(syntax).toMatchObject({ severity: 'error', code: 'condition-syntax', line: 2 });
    const unknown = checkConditionText('proc.nmae = bash');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ severity: 'warning', line: 1, column: 1 });
    expect(checkConditionText('ka.verb = create', { source: 'k8s_audit' })).toEqual([]);
  });
});

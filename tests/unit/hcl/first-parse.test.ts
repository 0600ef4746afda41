import { describe, expect, it } from 'vitest';
import { parseHcl } from '@/lib/hcl/parse-hcl.ts';

// parseHcl parses a type feedback sample before the first file it is given (parse-hcl.ts). This
// file imports nothing else that parses, so the first call below is the module's first: its
// result must be exactly what the same call gives afterwards, for a broken file too.
const BROKEN = 'resource "a" "b" {\n  x = "unclosed\n  y = [1, 2\n}\n\uFEFFz = ${\n';

describe('[hcl] first parse', () => {
  it('[hcl] the first call, which primes the parser, gives the same result as later calls', () => {
    const first = parseHcl(BROKEN, { filename: 'first.tf' });
    const again = parseHcl(BROKEN, { filename: 'first.tf' });
    expect(first.diagnostics.length).toBeGreaterThan(0);
    expect(JSON.stringify(first)).toBe(JSON.stringify(again));
    expect(first.file.filename).toBe('first.tf');
  });
});

import { T } from './token-kind.ts';
import type { HclDiagnostic, HclFile } from './types.ts';

/**
 * Adds a Terraform 0.11 explanation to HCL's "Missing key/value separator" diagnostics that
 * point at `name {` inside an object constructor — a block nested in an object, valid in HCL1
 * (`network = { listening_ports { … } }`) but rejected by HCL2. Mutates `diagnostics` in place
 * (position and summary stay HCL's; `code` becomes `legacy-block-in-object`). Never throws.
 */
export function explainLegacySyntax(file: HclFile, diagnostics: HclDiagnostic[]): void {
  const { kinds, starts, count } = file.tokens;
  for (const diagnostic of diagnostics) {
    if (diagnostic.message !== 'Missing key/value separator') continue;
    const offset = diagnostic.range.start.offset;
    let i = 0;
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) < offset) lo = mid + 1;
      else hi = mid - 1;
    }
    i = lo;
    const kind = kinds[i];
    if (kind !== T.OBrace && kind !== T.OQuote) continue;
    diagnostic.code = 'legacy-block-in-object';
    diagnostic.detail = `${diagnostic.detail ?? ''} This is Terraform 0.11 (HCL1) syntax: a block written inside an object value ("name = { block { … } }"). HCL2 requires nested blocks instead: write "name { … }" without the equals sign, for the outer value and every block inside it. Rampart can upgrade the file (upgradeLegacySyntax).`;
  }
}

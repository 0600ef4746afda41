import type { TTerraformDiagnostic } from './types.ts';

/** Orders diagnostics by file, then line, then column (for `Array.prototype.sort`). Never throws. */
export function compareDiagnostics(a: TTerraformDiagnostic, b: TTerraformDiagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}

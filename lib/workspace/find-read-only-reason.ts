import 'server-only';
import type { TModuleFile } from '../terraform/types.ts';

/** Why a file's resources cannot be edited in a form, and whether one click fixes it. */
export interface TReadOnlyReason {
  reason: string;
  line: number;
  column: number;
  /** True when the file has Terraform 0.11 (HCL1) syntax that "upgrade syntax" rewrites. */
  canUpgrade: boolean;
}

/**
 * A form edit is a minimal change to a file that parses: a file with HCL syntax errors (e.g.
 * Terraform 0.11 blocks inside objects) is read-only in the form until it is fixed — in code,
 * or for HCL1 with one click ("upgrade syntax"). Returns null when the file parses. No side effects.
 */
export function findReadOnlyReason(file: TModuleFile | undefined): TReadOnlyReason | null {
  const errors = (file?.parsed?.diagnostics ?? []).filter((d) => d.severity === 'error');
  const first = errors[0];
  if (!file || !first) return null;
  const legacy = errors.find((d) => d.code === 'legacy-block-in-object');
  const shown = legacy ?? first;
  const at = `${file.path}:${shown.range.start.line}:${shown.range.start.column}`;
  return {
    reason: legacy
      ? `${at} uses Terraform 0.11 (HCL1) syntax: a block inside an object value ("name = { block { … } }"), which HCL2 rejects. The form edits only files that parse; upgrade the file's syntax to HCL2 (one click, like terraform 0.12upgrade) to edit it here.`
      : `${at} has a syntax error (${shown.message}). The form edits only files that parse; fix it in code first.`,
    line: shown.range.start.line,
    column: shown.range.start.column,
    canUpgrade: legacy !== undefined,
  };
}

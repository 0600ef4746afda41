import { readRulesFileItems } from '../falco/read-rules-file-items.ts';
import { validateRulesFile } from '../falco/validate-rules-file.ts';
import { parseHcl } from '../hcl/parse-hcl.ts';
import { validateModule } from '../validate/validate-module.ts';
import type { TDiagnostic } from './types.ts';

// Findings that depend on the file alone. Everything else (references to other files, variables
// declared elsewhere, macros from other rules files) needs the module and comes from the server.
const FILE_LOCAL_CODES = new Set([
  'invalid-block',
  'unexpected-attribute',
  'duplicate-address',
  'invalid-character',
  'invalid-multi-line-string',
  'unsupported-operator',
  'unknown-attribute',
  'missing-required',
  'invalid-type',
  'invalid-enum',
  'out-of-range',
  'deprecated-type',
  'invalid-regex',
  'invalid-json',
  'secret-literal',
  'invalid-value',
]);

/**
 * Diagnostics the browser computes for one file's (unsaved) text, in the shape of the server's:
 * `.tf` — HCL syntax plus each Sysdig resource checked against the registry with the file's own
 * values (what other files define counts as unknown, so it never gives a false finding);
 * `.tfvars` — syntax; `.yaml`/`.yml` — Falco rules file structure, items and condition syntax.
 * Other files: none. Pure; never throws.
 */
export function collectLocalDiagnostics(path: string, text: string): TDiagnostic[] {
  if (/\.tf$/i.test(path)) {
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.';
    const syntax = syntaxDiagnostics(path, text);
    const report = validateModule({
      modulePath: folder,
      files: [{ path, text }],
      readFile: () => null,
    });
    return dedupe([
      ...syntax,
      ...report.diagnostics.filter((d) => d.file === path && FILE_LOCAL_CODES.has(d.code)),
    ]);
  }
  if (/\.tfvars$/i.test(path)) return syntaxDiagnostics(path, text);
  if (/\.ya?ml$/i.test(path)) {
    const parsed = readRulesFileItems(text, path);
    return [...parsed.diagnostics, ...validateRulesFile(parsed)].map((d) => ({
      severity: d.severity,
      code: d.code,
      message: d.item ? `${d.item}: ${d.message}` : d.message,
      file: path,
      line: d.line,
      column: d.column,
      ...(d.endLine !== undefined ? { endLine: d.endLine } : {}),
      ...(d.endColumn !== undefined ? { endColumn: d.endColumn } : {}),
      ...(d.hint ? { hint: d.hint } : {}),
    }));
  }
  return [];
}

function syntaxDiagnostics(path: string, text: string): TDiagnostic[] {
  return parseHcl(text, { filename: path }).diagnostics.map((d) => ({
    severity: d.severity,
    code: d.code,
    message: d.detail ? `${d.message}: ${d.detail}` : d.message,
    file: path,
    line: d.range.start.line,
    column: d.range.start.column,
    endLine: d.range.end.line,
    endColumn: d.range.end.column,
  }));
}

function dedupe(diagnostics: TDiagnostic[]): TDiagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.code}:${d.line}:${d.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

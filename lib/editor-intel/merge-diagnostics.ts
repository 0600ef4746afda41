import type { TDiagnostic } from './types.ts';

// Server findings that need the whole module; they stay meaningful while the text changes.
const MODULE_CODES =
  /^(dangling-reference|undefined-variable|undeclared-variable|unset-variable|missing-file|regex-matches-nothing|unknown-rule|duplicate-name|falco-unresolved.*|falco-undefined.*)$/;

/** The identity of a finding across sources: the server prefixes Falco codes with `falco-`. */
export function diagnosticKey(d: Pick<TDiagnostic, 'code' | 'line' | 'column'>): string {
  return `${d.code.replace(/^falco-/, '')}:${d.line}:${d.column}`;
}

/**
 * The server's diagnostics worth showing next to the browser's: those the browser did not already
 * find (same code, line and column). When the text changed since the server looked at it
 * (`isServerStale`), only module-level findings are kept: syntax and registry findings are the
 * browser's job on fresh text, so a fixed error disappears without waiting for the server.
 */
export function selectServerDiagnostics(
  local: readonly TDiagnostic[],
  server: readonly TDiagnostic[],
  { isServerStale }: { isServerStale: boolean },
): TDiagnostic[] {
  const known = new Set(local.map(diagnosticKey));
  const seen = new Set<string>();
  return server.filter((d) => {
    const key = diagnosticKey(d);
    if (known.has(key) || seen.has(key)) return false;
    seen.add(key);
    return !isServerStale || MODULE_CODES.test(d.code);
  });
}

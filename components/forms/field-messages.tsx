'use client';
import type { TDiagnostic } from '@/lib/contracts/index-api';
import type { TValidationIssue } from '@/lib/sysdig';
import { issuesAt } from './form-state';

/** A field's problems: the registry's inline checks and the server's diagnostics (with their line). */
export function FieldMessages({
  id,
  fieldKey,
  issues,
  diagnostics,
}: {
  id: string;
  fieldKey: string;
  issues: readonly TValidationIssue[];
  diagnostics: readonly TDiagnostic[];
}) {
  const own = issuesAt(issues, fieldKey);
  const server = issuesAt(diagnostics, fieldKey).filter(
    (d) => !own.some((issue) => issue.message === d.message),
  );
  if (own.length === 0 && server.length === 0) return null;
  return (
    <ul id={id} className="field-messages">
      {own.map((issue) => (
        <li
          key={`c:${issue.attribute}:${issue.message}`}
          className={issue.severity === 'error' ? 'text-error' : 'text-warning'}
        >
          {issue.severity}: {issue.message}
          {issue.hint ? <span className="muted"> {issue.hint}</span> : null}
        </li>
      ))}
      {server.map((d) => (
        <li
          key={`s:${d.line}:${d.column}:${d.code}`}
          className={d.severity === 'error' ? 'text-error' : 'text-warning'}
        >
          {d.severity} at line {d.line}: {d.message}
          {d.hint ? <span className="muted"> {d.hint}</span> : null}
        </li>
      ))}
    </ul>
  );
}

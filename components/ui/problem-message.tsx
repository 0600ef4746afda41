import type { TProblem } from '@/lib/contracts/problem';

/** A server problem shown to a person: what went wrong and the request id to quote. */
export function ProblemMessage({ problem }: { problem: TProblem }) {
  return (
    <div role="alert" className="alert alert-error">
      <strong>{problem.title}.</strong> {problem.detail}
      {problem.invalid_params && problem.invalid_params.length > 0 ? (
        <ul>
          {problem.invalid_params.map((param) => (
            <li key={param.name}>
              <code>{param.name}</code>: {param.reason}
            </li>
          ))}
        </ul>
      ) : null}
      {problem.requestId ? <small className="muted"> (request {problem.requestId})</small> : null}
    </div>
  );
}

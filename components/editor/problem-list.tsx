'use client';
import type { TEditorProblem } from './code-editor';

interface TProblemListProps {
  path: string;
  problems: TEditorProblem[];
  onSelect: (line: number, column: number) => void;
}

/** The open file's markers as a list under the editor; a click puts the cursor on the problem. */
export function ProblemList({ path, problems, onSelect }: TProblemListProps) {
  if (problems.length === 0) return null;
  return (
    <section
      aria-label={`Problems in ${path}`}
      style={{
        maxHeight: '9rem',
        overflow: 'auto',
        borderTop: '1px solid var(--border)',
        padding: '0.25rem 0.5rem',
      }}
    >
      <ul className="problems" aria-label="Problems in this file">
        {problems.map((problem, index) => (
          <li key={`${problem.line}:${problem.column}:${index}`}>
            <button
              type="button"
              className={`problem problem-${problem.severity}`}
              onClick={() => onSelect(problem.line, problem.column)}
            >
              <span className="problem-where">
                {problem.line}:{problem.column}
              </span>{' '}
              <span className="problem-severity">{problem.severity}</span>{' '}
              {problem.message.split('\n')[0]}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

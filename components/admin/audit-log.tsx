'use client';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { ZAuditList } from '@/lib/contracts/auth-api';
import { ApiError, apiFetch } from '@/lib/query/api-fetch';
import { authKeys } from '@/lib/query/auth-keys';
import { UserMenu } from '../auth/user-menu';
import { ProblemMessage } from '../ui/problem-message';

/** The admin page of the audit log: who did what, when. */
export function AuditLog() {
  const audit = useQuery({
    queryKey: authKeys.audit(),
    queryFn: ({ signal }) => apiFetch('/api/audit', ZAuditList, { signal }),
  });
  return (
    <main className="home">
      <header className="topbar">
        <Link href="/" className="brand">
          Rampart
        </Link>
        <span>Audit log</span>
        <UserMenu />
      </header>
      <section className="panel wide" aria-labelledby="audit-heading">
        <h1 id="audit-heading">Audit log</h1>
        {audit.error instanceof ApiError ? <ProblemMessage problem={audit.error.problem} /> : null}
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Target</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {audit.data?.events.map((event, index) => (
              <tr key={`${event.time}-${index}`}>
                <td>
                  <time dateTime={event.time}>{new Date(event.time).toLocaleString()}</time>
                </td>
                <td>{event.actor}</td>
                <td>{event.action}</td>
                <td>{event.target ?? ''}</td>
                <td>
                  <code>{event.detail ? JSON.stringify(event.detail) : ''}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}

'use client';
import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { ZOk } from '@/lib/contracts/workspace-api';
import { apiFetch } from '@/lib/query/api-fetch';
import { useMe } from '@/lib/query/use-me';

/** Who is signed in (or that the embedded local admin is acting), with sign-out and admin links. */
export function UserMenu() {
  const router = useRouter();
  const me = useMe();
  const signOut = useMutation({
    mutationFn: () => apiFetch('/api/auth/sign-out', ZOk, { method: 'POST' }),
    onSuccess: () => router.push('/sign-in'),
  });
  if (!me.data) return null;
  if (me.data.isLocalDefault) {
    return (
      <span className="user-menu">
        <Link href="/admin/audit">Audit log</Link>
        <span
          className="chip chip-user"
          title="No accounts exist and the server listens on loopback only"
        >
          Local admin (no sign-in)
        </span>
      </span>
    );
  }
  return (
    <span className="user-menu">
      {me.data.role === 'admin' ? <Link href="/admin/audit">Audit log</Link> : null}
      <span className="chip chip-user">
        {me.data.name} · {me.data.role}
      </span>
      <button type="button" onClick={() => signOut.mutate()}>
        Sign out
      </button>
    </span>
  );
}

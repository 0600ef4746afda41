'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ZMe } from '@/lib/contracts/auth-api';
import { ApiError, apiFetch } from '@/lib/query/api-fetch';
import { ProblemMessage } from '../ui/problem-message';

/** The sign-in page's form. */
export function SignInForm() {
  const router = useRouter();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => apiFetch('/api/auth/sign-in', ZMe, { method: 'POST', body: { username, password } }),
    onSuccess: () => router.push('/'),
  });
  return (
    <main className="home">
      <section className="panel narrow" aria-labelledby="sign-in-heading">
        <h1 id="sign-in-heading">Sign in to Rampart</h1>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            signIn.mutate();
          }}
        >
          <label htmlFor="username">Username</label>
          <input id="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required />
          <label htmlFor="password">Password</label>
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
          <button type="submit" className="primary" disabled={signIn.isPending}>
            Sign in
          </button>
          {signIn.error instanceof ApiError ? <ProblemMessage problem={signIn.error.problem} /> : null}
        </form>
      </section>
    </main>
  );
}

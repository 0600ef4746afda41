'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useSyncExternalStore } from 'react';
import { ZMe, type TSignInBody } from '@/lib/contracts/auth-api';
import { ApiError, apiFetch } from '@/lib/query/api-fetch';
import { ProblemMessage } from '../ui/problem-message';

const subscribeNever = () => () => undefined;

/** The sign-in page's form. Inputs are uncontrolled, so text typed before hydration is kept. */
export function SignInForm() {
  const router = useRouter();
  // Until React has hydrated, a submit would be the browser's own (credentials in a URL): wait.
  const isHydrated = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const signIn = useMutation({
    mutationFn: (body: TSignInBody) => apiFetch('/api/auth/sign-in', ZMe, { method: 'POST', body }),
    onSuccess: () => router.push('/'),
  });
  return (
    <main className="home">
      <section className="panel narrow" aria-labelledby="sign-in-heading">
        <h1 id="sign-in-heading">Sign in to Rampart</h1>
        <form
          method="post"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            signIn.mutate({
              username: String(data.get('username') ?? ''),
              password: String(data.get('password') ?? ''),
            });
          }}
        >
          <label htmlFor="username">Username</label>
          <input id="username" name="username" autoComplete="username" required />
          <label htmlFor="password">Password</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
          <button type="submit" className="primary" disabled={!isHydrated || signIn.isPending}>
            Sign in
          </button>
          {signIn.error instanceof ApiError ? (
            <ProblemMessage problem={signIn.error.problem} />
          ) : null}
        </form>
      </section>
    </main>
  );
}

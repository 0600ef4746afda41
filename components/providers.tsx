'use client';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ApiError } from '@/lib/query/api-fetch';

// A 401 anywhere means the session ended: go to the sign-in page.
function onApiError(error: unknown): void {
  if (
    error instanceof ApiError &&
    error.status === 401 &&
    window.location.pathname !== '/sign-in'
  ) {
    // A full load on purpose: nothing of the ended session's cached data should survive.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign('/sign-in');
  }
}

/** Browser-side providers: one QueryClient per page load. */
export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        queryCache: new QueryCache({ onError: onApiError }),
        mutationCache: new MutationCache({ onError: onApiError }),
        defaultOptions: {
          queries: {
            retry: (count, error) =>
              !(error instanceof ApiError && error.status < 500 && error.status > 0) && count < 1,
            staleTime: 5_000,
          },
          mutations: { retry: false },
        },
      }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

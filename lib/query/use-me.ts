'use client';
import { useQuery } from '@tanstack/react-query';
import { ZMe } from '../contracts/auth-api.ts';
import { apiFetch } from './api-fetch.ts';
import { authKeys } from './auth-keys.ts';

/** The signed-in person (or the embedded local admin). */
export function useMe() {
  return useQuery({
    queryKey: authKeys.me(),
    queryFn: ({ signal }) => apiFetch('/api/auth/me', ZMe, { signal }),
  });
}

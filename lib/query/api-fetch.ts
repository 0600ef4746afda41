import type { z } from 'zod';
import { ZProblem, type TProblem } from '../contracts/problem.ts';

/** A failed API call as the browser sees it: the problem+json the server sent. */
export class ApiError extends Error {
  readonly problem: TProblem;

  constructor(problem: TProblem) {
    super(problem.detail);
    this.name = 'ApiError';
    this.problem = problem;
  }

  /** The HTTP status (0 when the server could not be reached). */
  get status(): number {
    return this.problem.status;
  }
}

interface TApiFetchOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * Calls a Rampart API route and parses the answer with `schema`. Mutations carry the CSRF header.
 * Throws ApiError with the server's problem details (or a synthetic one when offline).
 */
export async function apiFetch<S extends z.ZodType>(
  url: string,
  schema: S,
  options: TApiFetchOptions = {},
): Promise<z.infer<S>> {
  const method = options.method ?? 'GET';
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      signal: options.signal,
      // No `accept` header on reads: a response the page preloaded (the draft index) is reused by
      // Chromium only when the request headers match the preload's.
      headers: {
        ...(method !== 'GET' ? { accept: 'application/json' } : {}),
        ...(method !== 'GET' ? { 'x-rampart-request': '1' } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      type: 'about:blank',
      title: 'Server unreachable',
      status: 0,
      detail: 'Rampart’s server did not answer. Check that it is running, then try again.',
      code: 'NETWORK',
      requestId: '',
    });
  }
  const text = await response.text();
  if (!response.ok) {
    const problem = ZProblem.safeParse(safeJson(text));
    throw new ApiError(
      problem.success
        ? problem.data
        : {
            type: 'about:blank',
            title: response.statusText,
            status: response.status,
            detail: `The server answered ${response.status}.`,
            code: 'HTTP',
            requestId: '',
          },
    );
  }
  return schema.parse(safeJson(text));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

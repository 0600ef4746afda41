import 'server-only';
import { STATUS_CODES } from 'node:http';
import { AppError } from '../errors/app-error.ts';
import { computeRetryDelay } from './compute-retry-delay.ts';
import { describeObject } from './describe-object.ts';
import { extractErrorMessage } from './extract-error-message.ts';
import { isRetryableStatus } from './is-retryable-status.ts';
import type { TCallOptions, TObjectRef, TSecureTransport } from './secure-transport.ts';

/** One API call as the endpoint tables of spec §2/§4 describe it. */
export interface TSecureCall {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path below the base URL, e.g. `/api/v2/policies/12`. */
  path: string;
  query?: Record<string, string>;
  /** JSON body; absent = no body. */
  body?: unknown;
  /** Statuses that count as success; `'any'` for SEED's v1 policy delete. */
  accept: readonly number[] | 'any';
  object: TObjectRef;
  /** `GET /api/users/me` sends only Authorization and User-Agent (spec §1.2). */
  isMinimalHeaders?: boolean;
}

/** A successful answer: status and the body text (possibly empty). */
export interface TSecureAnswer {
  status: number;
  text: string;
}

/**
 * Sends one call with the provider's headers (spec §1.2), a timeout per attempt, and its retry
 * policy (§6.3: connection errors and timeouts, 429 honouring Retry-After, 409, 5xx except 501;
 * capped exponential backoff within a total time budget). Every attempt increments
 * `transport.requestCount`.
 * Throws AppError: NOT_FOUND on 404, CONFLICT on 409, SECURE_UPSTREAM otherwise; the message names
 * the call, the object, the status and the server's message (§6.2 extraction), never the token.
 */
export async function sendRequest(
  transport: TSecureTransport,
  call: TSecureCall,
  options: TCallOptions = {},
): Promise<TSecureAnswer> {
  const label = `${call.method} ${call.path}`;
  const what = describeObject(call.object);
  const search = call.query ? `?${new URLSearchParams(call.query).toString()}` : '';
  const url = `${transport.baseUrl}${call.path}${search}`;
  const headers: Record<string, string> = {
    authorization: `Bearer ${transport.token}`,
    'user-agent': transport.userAgent,
  };
  if (!call.isMinimalHeaders) {
    headers['content-type'] = 'application/json';
    headers['sysdig-provider'] = 'Terraform';
  }
  for (const [name, value] of Object.entries(transport.extraHeaders))
    headers[name.toLowerCase()] = value;
  const body = call.body === undefined ? undefined : JSON.stringify(call.body);
  const started = Date.now();
  for (let attempt = 1; ; attempt += 1) {
    transport.requestCount += 1;
    let status: number | undefined;
    let statusText = '';
    let text = '';
    let retryAfter: string | null = null;
    let failure: string | undefined;
    try {
      const timeout = AbortSignal.timeout(transport.timeoutMs);
      const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
      const response = await transport.fetch(url, { method: call.method, headers, body, signal });
      status = response.status;
      statusText = response.statusText || STATUS_CODES[status] || '';
      retryAfter = response.headers.get('retry-after');
      text = await response.text();
    } catch (error) {
      if (options.signal?.aborted) {
        throw new AppError('SECURE_UPSTREAM', {
          message: `${label} (${what}) was cancelled`,
          cause: options.signal.reason,
        });
      }
      failure = describeFailure(error, transport.timeoutMs);
    }
    const isRetryable = status === undefined || isRetryableStatus(status);
    const delay = computeRetryDelay(attempt, transport.retry, status, retryAfter, Date.now());
    const hasBudget =
      attempt < transport.retry.maxAttempts &&
      Date.now() + delay - started <= transport.retry.maxTotalMs;
    // 'any' (SEED v1 delete) still retries what the retry policy retries, then takes the last answer.
    const isAccepted =
      status !== undefined &&
      (call.accept === 'any' ? !(isRetryable && hasBudget) : call.accept.includes(status));
    if (isAccepted && status !== undefined) {
      if (call.query?.skipPolicyV2Msg === 'true') transport.hasPendingForward = true;
      return { status, text };
    }
    if (isRetryable && hasBudget) {
      transport.onRetry?.({
        call: label,
        attempt,
        delayMs: delay,
        status,
        reason: failure ?? `${status} ${statusText}`,
      });
      await sleep(delay, options.signal);
      continue;
    }
    const attempts = attempt > 1 ? ` (gave up after ${attempt} attempts)` : '';
    if (status === undefined) {
      throw new AppError('SECURE_UPSTREAM', {
        message: `${label} (${what}) failed: ${failure ?? 'unknown error'}${attempts}`,
        userMessage: `Sysdig Secure could not be reached for ${what}: ${failure ?? 'unknown error'}`,
      });
    }
    const serverMessage = redact(
      extractErrorMessage(text) ?? `${status} ${statusText}`.trim(),
      transport.token,
    );
    const code = status === 404 ? 'NOT_FOUND' : status === 409 ? 'CONFLICT' : 'SECURE_UPSTREAM';
    throw new AppError(code, {
      message: `${label} (${what}) → ${status} ${statusText}: ${serverMessage}${attempts}`,
      userMessage: `Sysdig Secure answered ${status} ${statusText} for ${what}: ${serverMessage}`,
      details: { status, call: label },
    });
  }
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError')
    return `timed out after ${timeoutMs} ms`;
  const cause =
    error instanceof Error
      ? (error.cause as { code?: string; message?: string } | undefined)
      : undefined;
  const detail =
    cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `connection error (${detail})`;
}

function redact(text: string, token: string): string {
  return token === '' ? text : text.split(token).join('***');
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

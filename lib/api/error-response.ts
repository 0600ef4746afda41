import 'server-only';
import { ZodError } from 'zod';
import { AppError, statusOfErrorCode } from '../errors/app-error.ts';
import { log } from '../log/log.ts';
import type { TProblem } from '../contracts/problem.ts';

const TITLES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Sign-in required',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  413: 'Request too large',
  415: 'Unsupported media type',
  422: 'Cannot be processed',
  500: 'Internal error',
  502: 'Sysdig Secure error',
};

/**
 * Turns any thrown value into an application/problem+json Response. AppErrors and validation
 * errors say what is wrong; anything else becomes a generic 500 whose detail stays in the log.
 */
export function errorResponse(error: unknown, requestId: string, route: string): Response {
  let problem: TProblem;
  if (error instanceof AppError) {
    const status = statusOfErrorCode(error.code);
    problem = {
      type: 'about:blank',
      title: TITLES[status] ?? 'Error',
      status,
      detail:
        status >= 500 && error.code === 'INTERNAL'
          ? `Something went wrong (request ${requestId}).`
          : error.userMessage,
      code: error.code,
      requestId,
      ...(error.invalidParams ? { invalid_params: error.invalidParams } : {}),
      ...(error.details ? { details: error.details } : {}),
    };
    if (status >= 500) log('error', error.message, { requestId, route, code: error.code });
    else log('info', `${status} ${error.code}`, { requestId, route, message: error.message });
  } else if (error instanceof ZodError) {
    const invalid = error.issues.map((issue) => ({
      name: issue.path.join('.') || '(body)',
      reason: issue.message,
    }));
    problem = {
      type: 'about:blank',
      title: TITLES[400] ?? 'Invalid request',
      status: 400,
      detail: invalid.map((p) => `${p.name}: ${p.reason}`).join('; '),
      code: 'INVALID_INPUT',
      requestId,
      invalid_params: invalid,
    };
  } else {
    log('error', error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown', {
      requestId,
      route,
      stack: error instanceof Error ? (error.stack ?? null) : null,
    });
    problem = {
      type: 'about:blank',
      title: TITLES[500] ?? 'Internal error',
      status: 500,
      detail: `Something went wrong on the server (request ${requestId}). Nothing more is shown here; the server log has the details.`,
      code: 'INTERNAL',
      requestId,
    };
  }
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: {
      'content-type': 'application/problem+json',
      'x-request-id': requestId,
      'cache-control': 'no-store',
    },
  });
}

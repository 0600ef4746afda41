import { AppError } from '../lib/errors/app-error.ts';

/** One line a person can act on; never a stack trace. */
export function formatCliError(error: unknown): string {
  if (error instanceof AppError) return error.userMessage;
  if (error instanceof Error) return error.message.split('\n')[0] ?? 'unexpected error';
  return String(error);
}

import { getEnv } from '../lib/env.ts';
import { AppError } from '../lib/errors/app-error.ts';

/**
 * The Secure backend a CLI command talks to: `--secure-url` or SYSDIG_SECURE_URL, with the token
 * from SYSDIG_SECURE_API_TOKEN (never a flag: flags end up in shell history and process lists).
 */
export function resolveSecureBackend(secureUrl: string | undefined): {
  baseUrl: string;
  token: string;
} {
  const env = getEnv();
  const baseUrl = (secureUrl ?? env.secure?.url)?.replace(/\/+$/, '');
  if (!baseUrl) {
    throw new AppError('CONFIG', {
      message: 'no Secure backend: pass --secure-url URL or set SYSDIG_SECURE_URL',
    });
  }
  if (!/^https?:\/\//.test(baseUrl))
    throw new AppError('CONFIG', {
      message: `--secure-url must be an http(s) URL (got "${baseUrl}")`,
    });
  if (!env.secureToken)
    throw new AppError('CONFIG', { message: 'no API token: set SYSDIG_SECURE_API_TOKEN' });
  return { baseUrl, token: env.secureToken };
}

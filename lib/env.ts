import 'server-only';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from './errors/app-error.ts';

const ZPort = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');

/** Server configuration, read from the environment once and validated (STYLE: only reader of process.env). */
export const ZEnv = z
  .object({
    RAMPART_DATA_DIR: z.string().trim().min(1, 'must not be empty').default('./.rampart-data'),
    HOST: z.string().trim().min(1, 'must not be empty').default('127.0.0.1'),
    PORT: ZPort.default(3000),
    SYSDIG_SECURE_URL: z
      .url({ error: 'must be an http(s) URL such as https://secure.sysdig.com' })
      .refine(
        (value) => /^https?:\/\//.test(value),
        'must be an http(s) URL such as https://secure.sysdig.com',
      )
      .optional(),
    SYSDIG_SECURE_API_TOKEN: z.string().trim().min(1).optional(),
    RAMPART_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  })
  .refine((env) => !(env.SYSDIG_SECURE_URL && !env.SYSDIG_SECURE_API_TOKEN), {
    path: ['SYSDIG_SECURE_API_TOKEN'],
    message: 'is required when SYSDIG_SECURE_URL is set',
  });

/** The validated configuration. */
export interface TEnv {
  /** Absolute path of the data directory. */
  dataDir: string;
  host: string;
  port: number;
  /** A real Sysdig Secure backend, or null for the embedded local Secure backend. */
  secure: { url: string; token: string } | null;
  /** SYSDIG_SECURE_API_TOKEN even without a URL (CLI commands take the URL from --secure-url). */
  secureToken: string | null;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

let cached: TEnv | null = null;

/**
 * Parses `source` (default: process.env) into TEnv. Throws AppError('CONFIG') with a one-line
 * message naming the variable and the fix. Relative data dirs resolve against the working directory.
 */
export function parseEnv(source: Record<string, string | undefined> = process.env): TEnv {
  const result = ZEnv.safeParse(emptyToUndefined(source));
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new AppError('CONFIG', {
      message: `invalid configuration: ${name} ${issue?.message ?? 'is invalid'}`,
    });
  }
  const env = result.data;
  return {
    dataDir: path.resolve(env.RAMPART_DATA_DIR),
    host: env.HOST,
    port: env.PORT,
    secure:
      env.SYSDIG_SECURE_URL && env.SYSDIG_SECURE_API_TOKEN
        ? { url: env.SYSDIG_SECURE_URL.replace(/\/+$/, ''), token: env.SYSDIG_SECURE_API_TOKEN }
        : null,
    secureToken: env.SYSDIG_SECURE_API_TOKEN ?? null,
    logLevel: env.RAMPART_LOG_LEVEL,
  };
}

/** The process configuration, parsed on first use and cached. */
export function getEnv(): TEnv {
  cached ??= parseEnv();
  return cached;
}

/** Overrides the cached configuration (the CLI applies `--host/--port/--data` this way). */
export function setEnv(env: TEnv): void {
  cached = env;
}

const ENV_KEYS = [
  'RAMPART_DATA_DIR',
  'HOST',
  'PORT',
  'SYSDIG_SECURE_URL',
  'SYSDIG_SECURE_API_TOKEN',
  'RAMPART_LOG_LEVEL',
];

// An empty variable (`PORT=`) means "use the default", as in most tools.
function emptyToUndefined(
  source: Record<string, string | undefined>,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const key of ENV_KEYS) {
    const value = source[key];
    out[key] = value === '' ? undefined : value;
  }
  return out;
}

/** PATH and HOME of this process, for child processes such as git (nothing else is passed on). */
export function getChildProcessBaseEnv(): { PATH: string; HOME: string } {
  return {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
  };
}

import 'server-only';
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { getEnv } from '../env.ts';

/** A structured log line's fields. Never pass tokens, webhook URLs or request bodies. */
export type TLogFields = Record<string, string | number | boolean | null | undefined>;

// Defence in depth: anything that looks like a bearer token or a URL is masked.
const SECRET_PATTERNS: RegExp[] = [/(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi, /(https?:\/\/)[^\s"']+/gi];

/**
 * Writes one JSON line, secrets masked, to stderr and to `<data dir>/logs/server.log` (so tests
 * and operators can scan what the server logged).
 */
export function log(
  level: 'debug' | 'info' | 'warn' | 'error',
  message: string,
  fields: TLogFields = {},
): void {
  const line = `${JSON.stringify({ time: new Date().toISOString(), level, message: redact(message), ...redactFields(fields) })}\n`;
  process.stderr.write(line);
  try {
    const dir = path.join(getEnv().dataDir, 'logs');
    mkdirSync(dir, { recursive: true });
    appendFileSync(path.join(dir, 'server.log'), line, { mode: 0o600 });
  } catch {
    // Logging must never break a request; stderr already has the line.
  }
}

/** Masks what looks like a credential or a URL in `text`. */
export function redact(text: string): string {
  return SECRET_PATTERNS.reduce((acc, pattern) => acc.replace(pattern, '$1[redacted]'), text);
}

function redactFields(fields: TLogFields): TLogFields {
  const out: TLogFields = {};
  for (const [key, value] of Object.entries(fields))
    out[key] = typeof value === 'string' ? redact(value) : value;
  return out;
}

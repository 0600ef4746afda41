import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { parseEnv } from '@/lib/env';

describe('[env] configuration is validated at boot', () => {
  it('[env] defaults: 127.0.0.1:3000, ./.rampart-data, embedded local Secure', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ host: '127.0.0.1', port: 3000, secure: null });
    expect(env.dataDir).toBe(`${process.cwd()}/.rampart-data`);
  });

  it('[env] a real Secure backend needs both URL and token; trailing slashes are dropped', () => {
    expect(
      parseEnv({ SYSDIG_SECURE_URL: 'https://secure.sysdig.com/', SYSDIG_SECURE_API_TOKEN: 't' })
        .secure,
    ).toEqual({
      url: 'https://secure.sysdig.com',
      token: 't',
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a number'],
    [{ PORT: '70000' }, 'PORT must be between 1 and 65535'],
    [{ SYSDIG_SECURE_URL: 'ftp://x' }, 'SYSDIG_SECURE_URL must be an http(s) URL'],
    [
      { SYSDIG_SECURE_URL: 'https://secure.sysdig.com' },
      'SYSDIG_SECURE_API_TOKEN is required when SYSDIG_SECURE_URL is set',
    ],
    [{ RAMPART_LOG_LEVEL: 'loud' }, 'RAMPART_LOG_LEVEL'],
  ])('[env] %o is refused with a message naming the variable', (source, expected) => {
    let error: unknown;
    try {
      parseEnv(source);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toContain(expected);
    expect((error as AppError).message).not.toContain('\n');
  });

  it('[env] an empty variable means the default', () => {
    expect(parseEnv({ PORT: '', HOST: '' })).toMatchObject({ port: 3000, host: '127.0.0.1' });
  });
});

import { z } from 'zod';

/** Where a workspace is cloned from: a remote URL (https, ssh, git@host:path, file://) or a server-local path. */
export type TCloneSource = { kind: 'url'; url: string } | { kind: 'local-path'; path: string };

const SCP_LIKE = /^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[A-Za-z0-9._/~-][^\s]*$/;

/**
 * Validates what a person typed as a clone source. Allowed: `https://`, `ssh://`, `git@host:path`,
 * `file://`, and absolute server paths. Refused (with the reason): `ext::` and other transport
 * helpers, `http://` (credentials and code in clear), anything starting with `-` (an option to
 * git), whitespace, control characters, and URLs with embedded credentials.
 */
export const ZCloneSource = z
  .string()
  .trim()
  .min(1, 'enter a Git URL or a server path')
  .max(2048, 'is too long')
  .transform((value, context): TCloneSource => {
    const reject = (message: string) => {
      context.addIssue({ code: 'custom', message });
      return z.NEVER;
    };
    if (/[\u0000-\u0020\u007f]/.test(value))
      return reject('must not contain spaces or control characters');
    if (value.startsWith('-')) return reject('must not start with "-"');
    if (/^[A-Za-z][A-Za-z0-9+.-]*::/.test(value))
      return reject('transport helpers such as ext:: are not allowed');
    if (value.startsWith('/')) {
      if (value.split('/').includes('..')) return reject('a server path must not contain ".."');
      return { kind: 'local-path', path: value };
    }
    if (SCP_LIKE.test(value)) return { kind: 'url', url: value };
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return reject(
        'must be an https://, ssh://, git@host:path or file:// URL, or an absolute server path',
      );
    }
    if (!['https:', 'ssh:', 'file:'].includes(url.protocol)) {
      return reject(
        `scheme ${url.protocol} is not allowed (use https://, ssh://, git@host:path or file://)`,
      );
    }
    if (url.password)
      return reject('must not embed a password; configure credentials on the server instead');
    // URL parsing resolves `..` away, so look at what was typed.
    if (url.protocol === 'file:' && value.slice('file://'.length).split('/').includes('..'))
      return reject('a file:// path must not contain ".."');
    return { kind: 'url', url: value };
  });

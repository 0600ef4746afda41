import { createSha256 } from './create-sha256.ts';

/**
 * SHA-256 (FIPS 180-4) of the UTF-8 encoding of `text`, as 64 lowercase hex digits. Pure TypeScript
 * (no Node or WebCrypto), synchronous, so plans hash the same way in the server, browser and CLI.
 */
export function hashSha256(text: string): string {
  const hasher = createSha256();
  hasher.update(text);
  return hasher.digest();
}

/**
 * A pure, fast content hash: 32-bit FNV-1a over the UTF-16 code units, as hex, suffixed with the
 * length so that collisions also need equal lengths. Not cryptographic: callers that cache by it
 * also compare the text. Never throws.
 */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    // FNV prime 16777619 = 2^24 + 403, multiplied with 32-bit wrap-around.
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, '0')}-${text.length.toString(36)}`;
}

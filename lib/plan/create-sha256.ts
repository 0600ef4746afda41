const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** An incremental SHA-256 over UTF-8 text. */
export interface TSha256 {
  /** Hashes the UTF-8 encoding of `text` (lone surrogates as U+FFFD, as TextEncoder does). */
  update(text: string): void;
  /** The digest as 64 lowercase hex digits; the hasher must not be used afterwards. */
  digest(): string;
}

/**
 * A streaming SHA-256 (FIPS 180-4) in pure TypeScript: text is buffered in chunks of about 32 K
 * characters, UTF-8 encoded per chunk (TextEncoder) and compressed block by block, so megabytes of
 * plan JSON hash without building one giant string or byte array.
 */
export function createSha256(): TSha256 {
  const h = new Int32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const w = new Int32Array(64);
  const block = new Uint8Array(64);
  const encoder = new TextEncoder();
  let used = 0;
  let total = 0;
  let pending = '';

  const feed = (bytes: Uint8Array) => {
    total += bytes.length;
    let offset = 0;
    if (used > 0) {
      const take = Math.min(64 - used, bytes.length);
      block.set(bytes.subarray(0, take), used);
      used += take;
      offset = take;
      if (used < 64) return;
      compress(h, w, block, 0);
      used = 0;
    }
    for (; offset + 64 <= bytes.length; offset += 64) compress(h, w, bytes, offset);
    block.set(bytes.subarray(offset), 0);
    used = bytes.length - offset;
  };

  const flush = (isFinal: boolean) => {
    let text = pending;
    pending = '';
    // Keep a trailing high surrogate for the next chunk: its pair may follow.
    const last = text.charCodeAt(text.length - 1);
    if (!isFinal && last >= 0xd800 && last <= 0xdbff) {
      pending = text.slice(-1);
      text = text.slice(0, -1);
    }
    if (text !== '') feed(encoder.encode(text));
  };

  return {
    update(text: string) {
      pending += text;
      if (pending.length >= 32_768) flush(false);
    },
    digest() {
      flush(true);
      const bits = total * 8;
      const tail = new Uint8Array((used < 56 ? 64 : 128) - used);
      tail[0] = 0x80;
      const view = new DataView(tail.buffer);
      view.setUint32(tail.length - 8, Math.floor(bits / 0x100000000));
      view.setUint32(tail.length - 4, bits >>> 0);
      feed(tail);
      return Array.from(h, (word) => (word >>> 0).toString(16).padStart(8, '0')).join('');
    },
  };
}

function compress(h: Int32Array, w: Int32Array, block: Uint8Array, offset: number): void {
  for (let t = 0; t < 16; t++) {
    const i = offset + t * 4;
    w[t] =
      ((block[i] as number) << 24) |
      ((block[i + 1] as number) << 16) |
      ((block[i + 2] as number) << 8) |
      (block[i + 3] as number);
  }
  for (let t = 16; t < 64; t++) {
    const x = w[t - 15] as number;
    const y = w[t - 2] as number;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[t] = ((w[t - 16] as number) + s0 + (w[t - 7] as number) + s1) | 0;
  }
  let a = h[0] as number;
  let b = h[1] as number;
  let c = h[2] as number;
  let d = h[3] as number;
  let e = h[4] as number;
  let f = h[5] as number;
  let g = h[6] as number;
  let k = h[7] as number;
  for (let t = 0; t < 64; t++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (k + s1 + ((e & f) ^ (~e & g)) + (K[t] as number) + (w[t] as number)) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    k = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  h[0] = ((h[0] as number) + a) | 0;
  h[1] = ((h[1] as number) + b) | 0;
  h[2] = ((h[2] as number) + c) | 0;
  h[3] = ((h[3] as number) + d) | 0;
  h[4] = ((h[4] as number) + e) | 0;
  h[5] = ((h[5] as number) + f) | 0;
  h[6] = ((h[6] as number) + g) | 0;
  h[7] = ((h[7] as number) + k) | 0;
}

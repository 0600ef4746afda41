const ID_START = /^\p{ID_Start}$/u;
const ID_CONTINUE = /^\p{ID_Continue}$/u;

/**
 * Whether the code point may start an HCL identifier (UAX #31 ID_Start, or `_`), as in
 * hclsyntax/scan_tokens.rl. Only called for non-ASCII code points on the hot path.
 */
export function isIdentStart(codePoint: number): boolean {
  if (codePoint < 128) {
    return (
      (codePoint >= 97 && codePoint <= 122) ||
      (codePoint >= 65 && codePoint <= 90) ||
      codePoint === 95
    );
  }
  return ID_START.test(String.fromCodePoint(codePoint));
}

/** Whether the code point may continue an HCL identifier (UAX #31 ID_Continue, or `-`). */
export function isIdentContinue(codePoint: number): boolean {
  if (codePoint < 128) {
    return (
      (codePoint >= 97 && codePoint <= 122) ||
      (codePoint >= 65 && codePoint <= 90) ||
      (codePoint >= 48 && codePoint <= 57) ||
      codePoint === 95 ||
      codePoint === 45
    );
  }
  return ID_CONTINUE.test(String.fromCodePoint(codePoint));
}

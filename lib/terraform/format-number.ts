/**
 * Terraform's string form of a number: `10`, `1.5`, `-0.25`, `-0`, and never exponent
 * notation (`1e21` → `1000000000000000000000`, `1e-7` → `0.0000001`). Never throws.
 */
export function formatNumber(value: number): string {
  if (Object.is(value, -0)) return '-0';
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', head = '', tail = '', exponentText = '0'] = match;
  const digits = head + tail;
  const exponent = Number(exponentText);
  // JS uses exponents only from 1e21 up (always integers: 17 digits at most) and below 1e-6.
  if (exponent >= 0) return sign + digits.padEnd(exponent + 1, '0');
  return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
}

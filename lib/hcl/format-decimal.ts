/**
 * Renders an HCL number literal (`1.50`, `1e3`, `007`, `1.5e-3`) as the plain decimal string
 * cty produces when converting a number to a string (big.Float `Text('f', -1)`): no exponent,
 * no leading or trailing zeros (`1.5`, `1000`, `7`, `0.0015`). Exact: works on the digits, not
 * on a float. Returns `raw` unchanged if it is not a number literal. Never throws.
 */
export function formatDecimal(raw: string): string {
  const match = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(raw);
  if (!match) return raw;
  const intPart = match[1] ?? '';
  const fracPart = match[2] ?? '';
  let digits = intPart + fracPart;
  let point = intPart.length + Number(match[3] ?? '0');
  let lead = 0;
  while (lead < digits.length && digits[lead] === '0') lead++;
  digits = digits.slice(lead);
  point -= lead;
  digits = digits.replace(/0+$/, '');
  if (digits.length === 0) return '0';
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

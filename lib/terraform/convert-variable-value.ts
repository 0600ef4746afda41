import { isUnknownValue, type TConfigValue } from './config-value.ts';

/**
 * Converts a variable value to its declared primitive type the way Terraform does for `string`,
 * `number` and `bool` (`"5"` → 5, `"true"` → true, 5 → `"5"`). Complex and absent type
 * constraints keep the value. Returns `{ error }` when the value cannot be converted. Never throws.
 */
export function convertVariableValue(
  value: TConfigValue,
  type: string | null,
): { value: TConfigValue } | { error: string } {
  if (type === null || value === null || isUnknownValue(value)) return { value };
  const normalized = type.replace(/\s+/g, '');
  if (normalized === 'string') {
    if (typeof value === 'string') return { value };
    if (typeof value === 'number' || typeof value === 'boolean') return { value: String(value) };
    return { error: 'a string is required' };
  }
  if (normalized === 'number') {
    if (typeof value === 'number') return { value };
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
      return { value: Number(value) };
    return { error: 'a number is required' };
  }
  if (normalized === 'bool') {
    if (typeof value === 'boolean') return { value };
    if (value === 'true' || value === 'false') return { value: value === 'true' };
    return { error: 'a bool is required' };
  }
  return { value };
}

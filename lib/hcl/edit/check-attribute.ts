import { HclEditError } from './hcl-edit-error.ts';
import { matchesValue } from './matches-value.ts';
import { resolveAddress } from './resolve-address.ts';
import type { HclEditCheck } from './verify-edit.ts';
import type { HclEditAddress, HclEditValue } from './types.ts';

/**
 * A verification check: in the new text, `address` resolves to exactly one attribute whose
 * expression is exactly `value` (see `matchesValue`). Never throws; returns the problem.
 */
export function checkAttribute(address: HclEditAddress, value: HclEditValue): HclEditCheck {
  return (_parsed, text) => {
    try {
      const { attribute } = resolveAddress(text, address);
      if (!attribute) return 'the attribute is missing from the new text';
      if (!matchesValue(attribute.expression, value, text))
        return 'the attribute would not read back as the requested value';
      return null;
    } catch (error) {
      return error instanceof HclEditError
        ? `the new text does not resolve (${error.message})`
        : String(error);
    }
  };
}

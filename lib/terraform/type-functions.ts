import { checkArity, requireString } from './check-arguments.ts';
import type { TConfigValue } from './config-value.ts';
import { decodeJson } from './decode-json.ts';
import { describeValueType } from './describe-value-type.ts';
import { encodeJson } from './encode-json.ts';
import { FunctionError, type TFunctionImpl } from './function-error.ts';

/** Terraform's conversion and encoding functions (tostring, tonumber, tobool, jsonencode, jsondecode), by name. */
export const typeFunctions: Record<string, TFunctionImpl> = {
  tostring: (args) => (
    checkArity(args, 1),
    args[0] === null ? null : requireString(args[0], 'argument')
  ),
  tonumber: (args) => {
    checkArity(args, 1);
    const value = args[0] as TConfigValue;
    if (value === null || typeof value === 'number') return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
      return Number(value);
    throw new FunctionError(
      `cannot convert ${typeof value === 'string' ? JSON.stringify(value) : describeValueType(value)} to a number`,
    );
  },
  tobool: (args) => {
    checkArity(args, 1);
    const value = args[0] as TConfigValue;
    if (value === null || typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    throw new FunctionError(
      `cannot convert ${typeof value === 'string' ? JSON.stringify(value) : describeValueType(value)} to a bool`,
    );
  },
  jsonencode: (args) => {
    checkArity(args, 1);
    return encodeJson(args[0] as TConfigValue) ?? '';
  },
  jsondecode: (args) => {
    checkArity(args, 1);
    const result = decodeJson(requireString(args[0], 'argument'));
    if ('error' in result) throw new FunctionError(`invalid JSON: ${result.error}`);
    return result.value;
  },
};

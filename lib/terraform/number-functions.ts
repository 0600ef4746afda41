import { checkArity, requireList } from './check-arguments.ts';
import type { TConfigValue } from './config-value.ts';
import { describeValueType } from './describe-value-type.ts';
import { FunctionError, type TFunctionImpl } from './function-error.ts';

function requireNumber(value: TConfigValue | undefined, what: string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  throw new FunctionError(
    `${what} must be a number, got ${value === undefined ? 'nothing' : describeValueType(value)}`,
  );
}

function numbers(args: readonly TConfigValue[]): number[] {
  if (args.length === 0) throw new FunctionError('at least one argument is required');
  return args.map((arg, i) => requireNumber(arg, `argument ${i + 1}`));
}

/** Terraform's numeric functions (abs, ceil, floor, max, min, signum, pow, sum, range), by name. */
export const numberFunctions: Record<string, TFunctionImpl> = {
  abs: (args) => (checkArity(args, 1), Math.abs(requireNumber(args[0], 'argument'))),
  ceil: (args) => (checkArity(args, 1), Math.ceil(requireNumber(args[0], 'argument'))),
  floor: (args) => (checkArity(args, 1), Math.floor(requireNumber(args[0], 'argument'))),
  signum: (args) => (checkArity(args, 1), Math.sign(requireNumber(args[0], 'argument'))),
  max: (args) => Math.max(...numbers(args)),
  min: (args) => Math.min(...numbers(args)),
  pow: (args) => (
    checkArity(args, 2),
    Math.pow(requireNumber(args[0], 'base'), requireNumber(args[1], 'exponent'))
  ),
  sum: (args) => {
    checkArity(args, 1);
    const list = requireList(args[0], 'argument');
    if (list.length === 0) throw new FunctionError('cannot sum an empty list');
    return list.reduce<number>((total, item, i) => total + requireNumber(item, `element ${i}`), 0);
  },
  range: (args) => {
    checkArity(args, 1, 3);
    const values = numbers(args);
    const [start, limit, step] =
      values.length === 1
        ? [0, values[0] as number, 1]
        : [
            values[0] as number,
            values[1] as number,
            values[2] ?? ((values[0] as number) <= (values[1] as number) ? 1 : -1),
          ];
    if (step === 0) throw new FunctionError('step must not be zero');
    if ((step > 0 && start > limit) || (step < 0 && start < limit))
      throw new FunctionError(`the step ${step} does not lead from ${start} towards ${limit}`);
    const out: number[] = [];
    for (let n = start; step > 0 ? n < limit : n > limit; n += step) {
      if (out.length >= 1024) throw new FunctionError('more than 1024 numbers in a range');
      out.push(n);
    }
    return out;
  },
};

/**
 * Thrown by built-in function implementations for a bad call (wrong argument type or count);
 * the evaluator catches it and reports an `invalid-function-argument` diagnostic at the call.
 * It never escapes the evaluator.
 */
export class FunctionError extends Error {}

/** A built-in function over known values; throws FunctionError on a bad call. */
export type TFunctionImpl = (
  args: import('./config-value.ts').TConfigValue[],
) => import('./config-value.ts').TConfigValue;

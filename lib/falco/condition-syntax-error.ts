/**
 * Internal error of the condition parser: a libsinsp-style message and the offset (into the
 * condition text) where parsing stopped. `parseCondition` turns it into a diagnostic; it never
 * escapes the public API.
 */
export class ConditionSyntaxError extends Error {
  readonly offset: number;

  constructor(message: string, offset: number) {
    super(message);
    this.name = 'ConditionSyntaxError';
    this.offset = offset;
  }
}

import type { TextEdit } from '../index.ts';

/** One step into nested blocks: the `index`-th block of type `block` among its same-type siblings. */
export interface HclEditPathStep {
  block: string;
  index: number;
}

/**
 * Where an edit applies: a top-level block by type and labels (`['resource', type, name]`), then
 * nested blocks by `path`, then optionally one attribute of the innermost block.
 */
export interface HclEditAddress {
  block: string[];
  path?: HclEditPathStep[];
  attribute?: string;
}

/** Raw HCL expression text, written as given (references, function calls, …). */
export interface HclEditExpression {
  expression: string;
}

/**
 * A value to write: JSON-like literals, arrays and plain objects, or raw expressions. An object
 * whose only key is `expression` with a string value is read as {@link HclEditExpression}.
 */
export type HclEditValue =
  | string
  | number
  | boolean
  | null
  | HclEditExpression
  | HclEditValue[]
  | { [key: string]: HclEditValue };

/** What every edit operation returns: minimal non-overlapping edits and the text they produce. */
export interface HclEditResult {
  edits: TextEdit[];
  text: string;
}

/** A nested block to generate: its type, attributes (in order) and nested blocks. */
export interface HclEditBlockSpec {
  type: string;
  labels?: readonly string[];
  attributes?: Record<string, HclEditValue>;
  blocks?: readonly HclEditBlockSpec[];
}

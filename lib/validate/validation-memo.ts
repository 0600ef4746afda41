import { createRuleSourcesCache, type TRuleSourcesCache } from '../falco/collect-rule-entries.ts';
import type { TConfigValue } from '../terraform/config-value.ts';
import type { TEntity, TModuleFile } from '../terraform/types.ts';
import type { TValidationDiagnostic } from './types.ts';

/** One resource's own checks (evaluation and registry validation) as a validation made them. */
export interface TEntityCheck {
  /** The evaluation context they were made in (see TValidationMemo.context). */
  generation: number;
  /** Its evaluated configuration; null when it nests too deeply to evaluate. */
  config: Record<string, TConfigValue> | null;
  diagnostics: TValidationDiagnostic[];
}

/**
 * What `validateModule` keeps between validations of one module so that an edit redoes only
 * what it can affect: the indexed files (an unchanged file keeps its blocks and entities), each
 * resource's own checks (reused while its block and the evaluation context are unchanged), and
 * the parsed Falco rules files and conditions. The evaluation context is everything a
 * resource's evaluation reads besides its own block — the module path, variables, locals and
 * other non-resource declarations, tfvars, and the files `file()` read —, summarised by `key`;
 * any change to it starts a new `generation`, which invalidates every resource check.
 */
export interface TValidationMemo {
  indexedFiles: Map<string, TModuleFile>;
  checks: WeakMap<TEntity, TEntityCheck>;
  context: { key: string; generation: number; reads: Map<string, string | null> };
  falco: TRuleSourcesCache;
}

/** An empty memo, for one module validated again and again (e.g. a draft's root module on the server). */
export function createValidationMemo(): TValidationMemo {
  return {
    indexedFiles: new Map(),
    checks: new WeakMap(),
    context: { key: '', generation: 0, reads: new Map() },
    falco: createRuleSourcesCache(),
  };
}

import {
  createRuleSourcesCache,
  type TRuleSource,
  type TRuleSourcesCache,
} from '../falco/collect-rule-entries.ts';
import type { TEntity, TModuleFile } from '../terraform/types.ts';
import type { TResourceEntityCheck } from './check-resource-entity.ts';

/** One resource's own checks (evaluation and registry validation) as a validation made them. */
export interface TEntityCheck extends TResourceEntityCheck {
  /** The evaluation context they were made in (see TValidationMemo.context). */
  generation: number;
}

/**
 * What `validateModule` keeps between validations of one module so that an edit redoes only
 * what it can affect: the indexed files (an unchanged file keeps its blocks and entities), each
 * resource's own checks (reused while its block and the evaluation context are unchanged), and
 * the Falco sources, rules files and conditions, parsed. The evaluation context is everything a
 * resource's evaluation reads besides its own block — the module path, variables, locals and
 * other non-resource declarations, tfvars, and the files `file()` read —, summarised by `key`;
 * any change to it starts a new `generation`, which invalidates every resource check.
 */
export interface TValidationMemo {
  indexedFiles: Map<string, TModuleFile>;
  checks: WeakMap<TEntity, TEntityCheck>;
  context: { key: string; generation: number; reads: Map<string, string | null> };
  falco: TRuleSourcesCache;
  /** Each reused configuration's Falco rule source (see collectFalcoSources). */
  falcoSources: WeakMap<object, TRuleSource | null>;
}

/** An empty memo, for one module validated again and again (e.g. a draft's root module on the server). */
export function createValidationMemo(): TValidationMemo {
  return {
    indexedFiles: new Map(),
    checks: new WeakMap(),
    context: { key: '', generation: 0, reads: new Map() },
    falco: createRuleSourcesCache(),
    falcoSources: new WeakMap(),
  };
}

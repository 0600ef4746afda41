/**
 * lib/falco — Falco rules files: lossless YAML parsing, item validation, the condition language
 * (libsinsp filter grammar) and macro/list resolution across a module's sources. Pure: no Node or
 * browser API, so it runs on the server, in the browser editor and in the CLI.
 */
export { parseRulesFile, type TParseRulesFileOptions } from './parse-rules-file.ts';
export { printRulesFile, type TPrintRulesFileOptions } from './print-rules-file.ts';
export {
  editRulesItem,
  type TEditRulesItemResult,
  type TRulesItemChanges,
  type TRulesItemRef,
} from './edit-rules-item.ts';
export { validateRulesFile } from './validate-rules-file.ts';
export { readRulesFileItems } from './read-rules-file-items.ts';
export { analyzeRulesFile, type TRulesFileAnalysis } from './analyze-rules-file.ts';
export {
  parseCondition,
  type TParseConditionOptions,
  type TParsedCondition,
} from './parse-condition.ts';
export { printCondition, quoteConditionString } from './print-condition.ts';
export { collectConditionReferences } from './collect-condition-references.ts';
export {
  resolveRuleSources,
  type TResolvedMacroOrList,
  type TResolvedRule,
  type TResolvedRuleSources,
} from './resolve-rule-sources.ts';
export type { TDefinitionSite, TRuleSource, TStandaloneSource } from './collect-rule-entries.ts';
export { FALCO_PRIORITIES, KNOWN_SOURCES } from './falco-vocabulary.ts';
export type * from './types.ts';

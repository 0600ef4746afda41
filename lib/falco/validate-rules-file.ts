import { analyzeRulesFile } from './analyze-rules-file.ts';
import type { TFalcoDiagnostic, TRulesFileItems } from './types.ts';

/**
 * Validates every item of a parsed rules file the way Falco's loader reads it (required keys,
 * value types, priority, source, exceptions, override/append, unknown keys with suggestions) and
 * checks each condition's syntax. Returns item diagnostics only; `parsed.diagnostics` holds the
 * YAML ones. Macro/list resolution is `resolveRuleSources`' job. Pure; never throws.
 */
export function validateRulesFile(parsed: TRulesFileItems): TFalcoDiagnostic[] {
  return analyzeRulesFile(parsed).diagnostics;
}

import { createItemReporter } from './create-item-reporter.ts';
import type { TParsedCondition } from './parse-condition.ts';
import type { TFalcoDiagnostic, TFalcoItem, TRulesFileItems } from './types.ts';
import { validateListItem } from './validate-list-item.ts';
import { validateMacroItem } from './validate-macro-item.ts';
import { validateRuleItem } from './validate-rule-item.ts';
import { validateVersionItem } from './validate-version-item.ts';

/** Validation result plus each rule's/macro's parsed condition, for reference resolution. */
export interface TRulesFileAnalysis {
  /** Item diagnostics (parse diagnostics are not repeated here). */
  diagnostics: TFalcoDiagnostic[];
  conditions: Map<TFalcoItem, TParsedCondition>;
}

/**
 * Validates every item of a parsed rules file and parses every condition once. Pure; never
 * throws.
 */
export function analyzeRulesFile(parsed: TRulesFileItems): TRulesFileAnalysis {
  const diagnostics: TFalcoDiagnostic[] = [];
  const conditions = new Map<TFalcoItem, TParsedCondition>();
  for (const item of parsed.items) {
    const reporter = createItemReporter(parsed, item);
    if (item.isMalformed) {
      reporter.reportAt(
        item.range,
        'error',
        'item-not-mapping',
        'Unexpected element type. Each element should be a yaml associative array.',
        undefined,
        'Each entry of a rules file is a mapping such as "- rule: …".',
      );
    } else if (item.kind === 'rule') {
      const condition = validateRuleItem(parsed, reporter);
      if (condition) conditions.set(item, condition);
    } else if (item.kind === 'macro') {
      const condition = validateMacroItem(parsed, reporter);
      if (condition) conditions.set(item, condition);
    } else if (item.kind === 'list') {
      validateListItem(reporter);
    } else if (item.kind === 'unknown') {
      reporter.report(
        'warning',
        'unknown-item',
        'Unknown top level item',
        undefined,
        'Falco ignores it. Entries are rule, macro, list, required_engine_version or required_plugin_versions.',
      );
    } else {
      validateVersionItem(reporter);
    }
    diagnostics.push(...reporter.diagnostics);
  }
  return { diagnostics, conditions };
}

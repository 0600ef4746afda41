import {
  collectRuleEntries,
  type TDefinitionSite,
  type TRuleEntry,
  type TRuleSource,
  type TRuleSourcesCache,
} from './collect-rule-entries.ts';
import type { TFalcoDiagnostic } from './types.ts';

/** What the module knows about one rule after all sources are loaded. */
export interface TResolvedRule {
  name: string;
  /** Event source; Falco's default is `syscall`. */
  source: string;
  /** Priority as written (lowercased), when a definition or override gave one. */
  priority?: string;
  tags: string[];
  enabled: boolean;
  /** False when the sources only append to or override the rule (it must come from elsewhere). */
  isDefined: boolean;
  definitions: TDefinitionSite[];
  /** Macros and possible lists its conditions use. */
  macros: string[];
  lists: string[];
}

/** A macro or list after all sources are loaded. */
export interface TResolvedMacroOrList {
  name: string;
  isDefined: boolean;
  definitions: TDefinitionSite[];
  /** List items, appends included (lists only). */
  items: string[];
  isUsed: boolean;
  /** Macros and possible lists its condition uses, appends included (macros only). */
  macros: string[];
  lists: string[];
}

/** Result of `resolveRuleSources`. */
export interface TResolvedRuleSources {
  rules: Map<string, TResolvedRule>;
  macros: Map<string, TResolvedMacroOrList>;
  lists: Map<string, TResolvedMacroOrList>;
  /** YAML, validation, condition and resolution diagnostics of every source, each with `file`. */
  diagnostics: TFalcoDiagnostic[];
}

const LIST_LIKE_NAME = /(s|_list|_port|_image|_binary|_module|_subnet|_children|_privileged)$/;
const EXTERNAL_HINT =
  "Define it in these sources, or make sure the file that defines it (e.g. Falco's falco_rules.yaml) is loaded first.";

/**
 * Loads rule sources in order, as Falco loads rules files: definitions replace earlier ones,
 * `append`/`override` update earlier ones, then every macro and list reference of every rule and
 * macro condition is resolved. Names not found are warnings (they may come from Falco's default
 * rules, which are not part of the module); append/override/enable of a rule, macro or list never
 * defined is a warning too. `cache` (see collectRuleEntries) spares re-parsing what a previous
 * resolution of mostly the same sources already parsed. Pure; never throws.
 */
export function resolveRuleSources(
  sources: readonly TRuleSource[],
  cache?: TRuleSourcesCache,
): TResolvedRuleSources {
  const { entries, diagnostics } = collectRuleEntries(sources, cache);
  const rules = new Map<string, TResolvedRule>();
  const macros = new Map<string, TResolvedMacroOrList>();
  const lists = new Map<string, TResolvedMacroOrList>();
  const report = (
    entry: TRuleEntry,
    severity: TFalcoDiagnostic['severity'],
    code: string,
    message: string,
    at?: { line: number; column: number },
    hint?: string,
  ): void => {
    const position = at ?? entry.site;
    diagnostics.push({
      severity,
      code,
      message,
      line: position.line,
      column: position.column,
      item: entry.label,
      file: entry.site.file,
      ...(hint ? { hint } : {}),
    });
  };
  for (const entry of entries) {
    const isUpdate = entry.operation !== 'define';
    const table = entry.kind === 'rule' ? rules : entry.kind === 'macro' ? macros : lists;
    const existing = table.get(entry.name);
    if (isUpdate && !existing?.isDefined) {
      const verb =
        entry.operation === 'enable'
          ? "sets 'enabled' on"
          : entry.operation === 'override'
            ? 'overrides'
            : 'appends to';
      report(
        entry,
        'warning',
        `${entry.operation}-without-definition`,
        `${capitalize(entry.kind)} '${entry.name}' ${verb} a ${entry.kind} not defined before it in these sources`,
        undefined,
        EXTERNAL_HINT,
      );
    }
    if (entry.kind === 'rule') applyRule(rules, entry);
    else applyMacroOrList(entry.kind === 'macro' ? macros : lists, entry);
  }
  for (const entry of entries) {
    for (const site of entry.condition?.references.sites ?? []) {
      const target = site.kind === 'macro' ? macros.get(site.name) : lists.get(site.name);
      if (target) {
        target.isUsed = true;
      } else if (site.kind === 'macro') {
        report(
          entry,
          'warning',
          'unresolved-macro',
          `Undefined macro '${site.name}' used in ${entry.label}`,
          entry.locate?.(site.start),
          EXTERNAL_HINT,
        );
      } else if (site.name.includes('_') && !macros.has(site.name)) {
        // Falco list names use underscores and (mostly) plural suffixes; among other list items
        // a name that does not look like a list is more likely a value (`unix_chkpwd`).
        const isLikelyList = !site.isAmbiguous || LIST_LIKE_NAME.test(site.name);
        const message = `'${site.name}' is not a list defined in these sources (used in ${entry.label}); Falco treats it as a literal value unless a list by that name is loaded`;
        report(
          entry,
          isLikelyList ? 'warning' : 'info',
          'unresolved-list',
          message,
          entry.locate?.(site.start),
          EXTERNAL_HINT,
        );
      }
    }
  }
  // Falco expands list items that name other lists.
  for (const list of lists.values()) {
    for (const item of list.items) {
      const nested = lists.get(item);
      if (nested) nested.isUsed = true;
    }
  }
  return { rules, macros, lists, diagnostics };
}

function applyRule(rules: Map<string, TResolvedRule>, entry: TRuleEntry): void {
  const references = entry.condition?.references;
  const existing = rules.get(entry.name);
  if (entry.operation === 'define' || !existing) {
    const isDefined = entry.operation === 'define';
    rules.set(entry.name, {
      name: entry.name,
      source: entry.source ?? 'syscall',
      ...(entry.priority !== undefined ? { priority: entry.priority.toLowerCase() } : {}),
      tags: entry.tags ?? [],
      enabled: entry.enabled ?? true,
      isDefined,
      definitions: [entry.site],
      macros: references?.macros ?? [],
      lists: references?.lists ?? [],
    });
    return;
  }
  existing.definitions.push(entry.site);
  existing.macros = [...new Set([...existing.macros, ...(references?.macros ?? [])])];
  existing.lists = [...new Set([...existing.lists, ...(references?.lists ?? [])])];
  const isReplaced = (key: string): boolean => entry.replaced?.includes(key) ?? false;
  if (entry.enabled !== undefined && (entry.operation === 'enable' || isReplaced('enabled'))) {
    existing.enabled = entry.enabled;
  }
  if (entry.priority !== undefined && isReplaced('priority')) {
    existing.priority = entry.priority.toLowerCase();
  }
  // `append: true` ignores tags; `override: {tags: append}` adds them; `replace` replaces them.
  if (entry.tags && entry.operation === 'override') {
    existing.tags = isReplaced('tags')
      ? entry.tags
      : [...new Set([...existing.tags, ...entry.tags])];
  }
}

function applyMacroOrList(table: Map<string, TResolvedMacroOrList>, entry: TRuleEntry): void {
  const existing = table.get(entry.name);
  const references = entry.condition?.references;
  if (entry.operation === 'define' || !existing) {
    table.set(entry.name, {
      name: entry.name,
      isDefined: entry.operation === 'define',
      definitions: [entry.site],
      items: entry.items ?? [],
      isUsed: existing?.isUsed ?? false,
      macros: references?.macros ?? [],
      lists: references?.lists ?? [],
    });
    return;
  }
  existing.definitions.push(entry.site);
  existing.macros = [...new Set([...existing.macros, ...(references?.macros ?? [])])];
  existing.lists = [...new Set([...existing.lists, ...(references?.lists ?? [])])];
  const isAppend = entry.operation === 'append' || (entry.appended?.includes('items') ?? false);
  existing.items = isAppend
    ? [...existing.items, ...(entry.items ?? [])]
    : (entry.items ?? existing.items);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

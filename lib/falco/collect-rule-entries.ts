import { analyzeRulesFile, type TRulesFileAnalysis } from './analyze-rules-file.ts';
import { toBooleanValue } from './check-field-value.ts';
import { locateInText } from './locate-in-text.ts';
import { warnUnknownFields } from './warn-unknown-fields.ts';
import { locateOffset } from './locate-offset.ts';
import { parseCondition, type TParsedCondition } from './parse-condition.ts';
import { readRulesFileItems } from './read-rules-file-items.ts';
import type { TFalcoDiagnostic, TFalcoField, TFalcoItem, TRulesFileItems } from './types.ts';

/** A position in some file, for definitions and diagnostics. */
export interface TDefinitionSite {
  file: string;
  line: number;
  column: number;
}

/** A rule, macro or list defined outside a YAML file (e.g. a `sysdig_secure_*` resource). */
export interface TStandaloneSource {
  name: string;
  append?: boolean;
  /** Where the item is defined (e.g. the HCL resource block). */
  site?: TDefinitionSite;
  /**
   * Where the condition text starts in `site.file` (e.g. the heredoc body's first character);
   * `indent` is added to the column of every later line (indentation stripped by `<<-`).
   */
  conditionStart?: { line: number; column: number; indent?: number };
}

/** One input of `resolveRuleSources`. */
export type TRuleSource =
  /** A rules YAML file, or text loaded through `file()` under a virtual name. */
  | { kind: 'file'; filename: string; text: string }
  | { kind: 'parsed'; parsed: TRulesFileItems }
  | (TStandaloneSource & {
      kind: 'rule';
      condition?: string;
      source?: string;
      priority?: string;
      tags?: string[];
      enabled?: boolean;
    })
  | (TStandaloneSource & { kind: 'macro'; condition: string })
  | (TStandaloneSource & { kind: 'list'; items: string[] });

/** A normalised item, whatever source it came from. */
export interface TRuleEntry {
  kind: 'rule' | 'macro' | 'list';
  name: string;
  label: string;
  operation: 'define' | 'append' | 'override' | 'enable';
  site: TDefinitionSite;
  condition?: TParsedCondition;
  /** Maps an offset in the condition text to a file position. */
  locate?: (offset: number) => { line: number; column: number };
  source?: string;
  priority?: string;
  tags?: string[];
  enabled?: boolean;
  items?: string[];
  /** Keys replaced by `override`. */
  replaced?: string[];
  /** Keys appended to by `override`. */
  appended?: string[];
}

/**
 * What one resolution of rule sources leaves for the next (see {@link createRuleSourcesCache}):
 * rules files read and analysed, by name and text, and standalone conditions parsed and checked,
 * by text and position. Both are pure functions of their key. Holds only the last resolution's
 * sources, so it never grows past one module's worth.
 */
export interface TRuleSourcesCache {
  files: Map<string, { parsed: TRulesFileItems; analysis: TRulesFileAnalysis }>;
  conditions: Map<string, { condition: TParsedCondition; diagnostics: TFalcoDiagnostic[] }>;
  /** Entries of standalone sources by source object (the same object again: no work). */
  standalone: WeakMap<TRuleSource, { entry: TRuleEntry; diagnostics: TFalcoDiagnostic[] }>;
}

/** An empty {@link TRuleSourcesCache}, for a caller resolving one module's sources repeatedly. */
export function createRuleSourcesCache(): TRuleSourcesCache {
  return { files: new Map(), conditions: new Map(), standalone: new WeakMap() };
}

/**
 * Turns sources into entries in load order, parsing and validating YAML sources and parsing the
 * conditions of standalone ones. Returns the entries and every diagnostic found doing so. With
 * `cache`, a rules file or condition identical to one of the previous call (same text and
 * position) is not parsed or checked again; the cache is left holding this call's. Pure.
 */
export function collectRuleEntries(
  sources: readonly TRuleSource[],
  cache?: TRuleSourcesCache,
): {
  entries: TRuleEntry[];
  diagnostics: TFalcoDiagnostic[];
} {
  const entries: TRuleEntry[] = [];
  const diagnostics: TFalcoDiagnostic[] = [];
  const next: TRuleSourcesCache = {
    files: new Map(),
    conditions: new Map(),
    standalone: cache?.standalone ?? new WeakMap(),
  };
  for (const source of sources) {
    if (source.kind === 'file' || source.kind === 'parsed') {
      const { parsed, analysis } =
        source.kind === 'file'
          ? readFileSource(source.filename, source.text, cache, next)
          : { parsed: source.parsed, analysis: analyzeRulesFile(source.parsed) };
      diagnostics.push(...parsed.diagnostics, ...analysis.diagnostics);
      for (const item of parsed.items) {
        const entry = fileEntry(parsed, item, analysis.conditions.get(item));
        if (entry) entries.push(entry);
      }
    } else {
      let made = cache?.standalone.get(source);
      if (!made) {
        const found: TFalcoDiagnostic[] = [];
        made = { entry: standaloneEntry(source, cache, next, found), diagnostics: found };
        cache?.standalone.set(source, made);
      }
      for (const d of made.diagnostics) diagnostics.push(d);
      entries.push(made.entry);
    }
  }
  if (cache) {
    cache.files = next.files;
    cache.conditions = next.conditions;
  }
  return { entries, diagnostics };
}

function readFileSource(
  filename: string,
  text: string,
  cache: TRuleSourcesCache | undefined,
  next: TRuleSourcesCache,
): { parsed: TRulesFileItems; analysis: TRulesFileAnalysis } {
  const key = cache ? `${filename}\0${text}` : '';
  let read = cache?.files.get(key);
  if (!read) {
    const parsed = readRulesFileItems(text, filename);
    read = { parsed, analysis: analyzeRulesFile(parsed) };
  }
  if (cache) next.files.set(key, read);
  return read;
}

// The fields fileEntry reads; the first of duplicate keys is the one read.
const ENTRY_KEYS = [
  'override',
  'append',
  'condition',
  'output',
  'desc',
  'priority',
  'source',
  'tags',
  'enabled',
  'items',
] as const;
type TEntryKey = (typeof ENTRY_KEYS)[number];

function fileEntry(
  parsed: TRulesFileItems,
  item: TFalcoItem,
  condition: TParsedCondition | undefined,
): TRuleEntry | undefined {
  if (
    (item.kind !== 'rule' && item.kind !== 'macro' && item.kind !== 'list') ||
    item.name === undefined
  )
    return undefined;
  // One pass over the fields (validation makes an entry for each of thousands of items).
  const found: Partial<Record<TEntryKey, TFalcoField>> = {};
  for (const field of item.fields) {
    const key = field.key as TEntryKey;
    if (found[key] === undefined && (ENTRY_KEYS as readonly string[]).includes(key))
      found[key] = field;
  }
  const override = found.override?.value;
  const overrides =
    override !== null && typeof override === 'object' && !Array.isArray(override)
      ? (override as Record<string, unknown>)
      : {};
  const overrideKeys = Object.keys(overrides);
  const hasDefinitionKeys =
    found.condition?.value !== undefined ||
    found.output?.value !== undefined ||
    found.desc?.value !== undefined ||
    found.priority?.value !== undefined;
  const operation =
    overrideKeys.length > 0
      ? 'override'
      : toBooleanValue(found.append?.value)
        ? 'append'
        : item.kind === 'rule' && !hasDefinitionKeys
          ? 'enable'
          : 'define';
  const range = item.range;
  const entry: TRuleEntry = {
    kind: item.kind,
    name: item.name,
    label: item.label,
    operation,
    site: { file: parsed.filename, line: range.start.line, column: range.start.column },
  };
  if (condition) entry.condition = condition;
  const mapOffset = found.condition?.mapValueOffset;
  if (mapOffset) {
    const lineStarts = parsed.lineStarts;
    entry.locate = (offset: number) => locateOffset(lineStarts, mapOffset(offset));
  }
  const source = found.source?.value;
  if (typeof source === 'string' && source !== '') entry.source = source;
  const priority = found.priority?.value;
  if (typeof priority === 'string') entry.priority = priority;
  const tags = found.tags?.value;
  if (Array.isArray(tags)) entry.tags = tags.map(String);
  const enabled = found.enabled?.value;
  if (enabled !== undefined) entry.enabled = toBooleanValue(enabled);
  const items = found.items?.value;
  if (Array.isArray(items)) entry.items = items.map(String);
  entry.replaced = overrideKeys.filter((key) => overrides[key] === 'replace');
  entry.appended = overrideKeys.filter((key) => overrides[key] === 'append');
  return entry;
}

function standaloneEntry(
  source: Extract<TRuleSource, { kind: 'rule' | 'macro' | 'list' }>,
  cache: TRuleSourcesCache | undefined,
  next: TRuleSourcesCache,
  diagnostics: TFalcoDiagnostic[],
): TRuleEntry {
  const site = source.site ?? { file: `${source.kind}: ${source.name}`, line: 1, column: 1 };
  const start = source.conditionStart ?? { line: site.line, column: site.column };
  const label = `${source.kind}: ${source.name}`;
  const entry: TRuleEntry = {
    kind: source.kind,
    name: source.name,
    label,
    operation: source.append ? 'append' : 'define',
    site,
  };
  const conditionText = source.kind === 'list' ? undefined : source.condition;
  if (conditionText !== undefined) {
    const options = {
      lineOffset: start.line - 1,
      columnOffset: start.column - 1,
      continuationColumnOffset: source.conditionStart?.indent ?? 0,
      isAppendFragment: source.append === true,
      item: label,
      field: 'condition',
      file: site.file,
    };
    const locate = (offset: number) => locateInText(conditionText, offset, options);
    // Built-in fields belong to the syscall source; plugin sources have their own.
    const isSyscall = source.kind !== 'rule' || !source.source || source.source === 'syscall';
    // The key is built only for a caller that keeps a cache (a one-off validation needs none).
    const key = cache
      ? [
          conditionText,
          label,
          site.file,
          options.lineOffset,
          options.columnOffset,
          options.continuationColumnOffset,
          options.isAppendFragment,
          isSyscall,
        ].join('\0')
      : '';
    let parsed = cache?.conditions.get(key);
    if (!parsed) {
      const condition = parseCondition(conditionText, options);
      parsed = {
        condition,
        diagnostics: isSyscall
          ? [
              ...condition.diagnostics,
              ...warnUnknownFields(condition.ast, locate, { item: label, file: site.file }),
            ]
          : condition.diagnostics,
      };
    }
    if (cache) next.conditions.set(key, parsed);
    diagnostics.push(...parsed.diagnostics);
    entry.condition = parsed.condition;
    entry.locate = locate;
  }
  if (source.kind === 'rule') {
    Object.assign(entry, {
      ...(source.source ? { source: source.source } : {}),
      ...(source.priority ? { priority: source.priority } : {}),
      ...(source.tags ? { tags: source.tags } : {}),
      ...(source.enabled !== undefined ? { enabled: source.enabled } : {}),
    });
  }
  if (source.kind === 'list') entry.items = source.items.map((item) => item.trim());
  return entry;
}

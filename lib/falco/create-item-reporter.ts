import type {
  TFalcoDiagnostic,
  TFalcoField,
  TFalcoItem,
  TParsedRulesFile,
  TSourceRange,
} from './types.ts';

/** Collects diagnostics for one item, positioned at a field's value or at the item's name. */
export type TItemReporter = ItemReporter;

/**
 * Creates a reporter for `item` of `parsed`; diagnostics carry the item label and file name.
 * Pure.
 */
export function createItemReporter(
  parsed: Pick<TParsedRulesFile, 'filename'>,
  item: TFalcoItem,
): TItemReporter {
  return new ItemReporter(parsed.filename, item);
}

// A class rather than an object of closures: validation makes one per item, thousands per run.
class ItemReporter {
  readonly item: TFalcoItem;
  readonly diagnostics: TFalcoDiagnostic[] = [];
  private readonly filename: string;

  constructor(filename: string, item: TFalcoItem) {
    this.item = item;
    this.filename = filename;
  }

  /** The field named `key`, if present. */
  field(key: string): TFalcoField | undefined {
    // Items have a handful of fields: a scan costs less than building a map per item. The last
    // of duplicate keys wins, as in the value Falco reads.
    const fields = this.item.fields;
    for (let i = fields.length - 1; i >= 0; i--) if (fields[i]!.key === key) return fields[i];
    return undefined;
  }

  /** Reports at `key`'s value (or at the item's head when the field is absent). */
  report(
    severity: TFalcoDiagnostic['severity'],
    code: string,
    message: string,
    key?: string,
    hint?: string,
  ): void {
    const field = key === undefined ? undefined : this.field(key);
    const range = field
      ? field.valueRange.start.offset === field.valueRange.end.offset
        ? field.keyRange
        : field.valueRange
      : (this.item.fields[0]?.keyRange ?? this.item.range);
    this.reportAt(range, severity, code, message, key, hint);
  }

  /** Reports at an explicit range. */
  reportAt(
    range: TSourceRange,
    severity: TFalcoDiagnostic['severity'],
    code: string,
    message: string,
    key?: string,
    hint?: string,
  ): void {
    this.diagnostics.push({
      severity,
      code,
      message,
      line: range.start.line,
      column: range.start.column,
      endLine: range.end.line,
      endColumn: range.end.column,
      item: this.item.label,
      ...(key === undefined ? {} : { field: key }),
      ...(hint === undefined ? {} : { hint }),
      file: this.filename,
    });
  }
}

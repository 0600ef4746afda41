import type {
  TFalcoDiagnostic,
  TFalcoField,
  TFalcoItem,
  TParsedRulesFile,
  TSourceRange,
} from './types.ts';

/** Collects diagnostics for one item, positioned at a field's value or at the item's name. */
export interface TItemReporter {
  readonly item: TFalcoItem;
  readonly diagnostics: TFalcoDiagnostic[];
  /** The field named `key`, if present. */
  field(key: string): TFalcoField | undefined;
  /** Reports at `key`'s value (or at the item's head when the field is absent). */
  report(
    severity: TFalcoDiagnostic['severity'],
    code: string,
    message: string,
    key?: string,
    hint?: string,
  ): void;
  /** Reports at an explicit range. */
  reportAt(
    range: TSourceRange,
    severity: TFalcoDiagnostic['severity'],
    code: string,
    message: string,
    key?: string,
    hint?: string,
  ): void;
}

/** Creates a reporter for `item` of `parsed`; diagnostics carry the item label and file name. Pure. */
export function createItemReporter(
  parsed: Pick<TParsedRulesFile, 'filename'>,
  item: TFalcoItem,
): TItemReporter {
  const byKey = new Map(item.fields.map((field) => [field.key, field]));
  const head = item.fields[0]?.keyRange ?? item.range;
  const reporter: TItemReporter = {
    item,
    diagnostics: [],
    field: (key) => byKey.get(key),
    report(severity, code, message, key, hint) {
      const field = key === undefined ? undefined : byKey.get(key);
      const range = field
        ? field.valueRange.start.offset === field.valueRange.end.offset
          ? field.keyRange
          : field.valueRange
        : head;
      reporter.reportAt(range, severity, code, message, key, hint);
    },
    reportAt(range, severity, code, message, key, hint) {
      reporter.diagnostics.push({
        severity,
        code,
        message,
        line: range.start.line,
        column: range.start.column,
        endLine: range.end.line,
        endColumn: range.end.column,
        item: item.label,
        ...(key === undefined ? {} : { field: key }),
        ...(hint === undefined ? {} : { hint }),
        file: parsed.filename,
      });
    },
  };
  return reporter;
}

/**
 * Shared shapes of lib/falco: diagnostics, source positions, parsed rules-file items and the
 * condition AST. Positions are 1-based line/column (columns count UTF-16 code units, as Monaco
 * does) plus 0-based offsets into the text they came from.
 */
import type { CST, Document } from 'yaml';

/** How serious a diagnostic is. Only `error` means Falco itself would refuse to load the file. */
export type TDiagnosticSeverity = 'error' | 'warning' | 'info';

/** One problem found in a rules file, a condition, or across sources. */
export interface TFalcoDiagnostic {
  severity: TDiagnosticSeverity;
  /** Stable machine code, e.g. `yaml-syntax`, `missing-field`, `condition-syntax`. */
  code: string;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The item the problem belongs to, e.g. `rule: Terminal shell in container`. */
  item?: string;
  /** The item's key the problem is in, e.g. `condition`. */
  field?: string;
  /** What to do about it. */
  hint?: string;
  /** The file (or virtual file name) the position refers to. */
  file?: string;
  /** Condition syntax errors: 0-based offset of the error inside the condition text itself. */
  conditionOffset?: number;
}

/** A point in a text. */
export interface TSourcePosition {
  offset: number;
  line: number;
  column: number;
}

/** A half-open span `[start, end)` of a text. */
export interface TSourceRange {
  start: TSourcePosition;
  end: TSourcePosition;
}

/** Kinds of top-level entries of a Falco rules file (Falco's `rule_loader::reader::read_item`). */
export type TFalcoItemKind =
  'rule' | 'macro' | 'list' | 'required_engine_version' | 'required_plugin_versions' | 'unknown';

/** How a YAML scalar was written; decides how value offsets map back to the file. */
export type TScalarStyle =
  'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_FOLDED' | 'BLOCK_LITERAL';

/** One `key: value` of an item. */
export interface TFalcoField {
  key: string;
  /** The value as plain JS (aliases expanded within the alias budget). */
  value: unknown;
  keyRange: TSourceRange;
  /** Range of the value node; a zero-width range at the key's end when the value is empty. */
  valueRange: TSourceRange;
  /** Set when the value is a scalar. */
  scalarStyle?: TScalarStyle;
  /**
   * Maps an offset inside the scalar's string value to an offset in the file text. Exact for
   * plain, single-quoted and block scalars; double-quoted escapes map to the escape's start.
   */
  mapValueOffset?: (valueOffset: number) => number;
}

/** One entry of the top-level sequence of a rules file. */
export interface TFalcoItem {
  kind: TFalcoItemKind;
  /** `rule`/`macro`/`list` name when it is a string. */
  name?: string;
  /** Display label, e.g. `rule: Terminal shell in container`. */
  label: string;
  /** Index of the YAML document in the file (Falco reads every document). */
  documentIndex: number;
  /** Index of the entry inside its document's sequence. */
  index: number;
  range: TSourceRange;
  /** Fields in source order. */
  fields: TFalcoField[];
  /** True when the entry is not a mapping (Falco: "Unexpected element type"). */
  isMalformed: boolean;
}

/** Result of parsing one rules file. */
export interface TParsedRulesFile {
  filename: string;
  text: string;
  items: TFalcoItem[];
  /** YAML syntax and structure diagnostics (not item validation). */
  diagnostics: TFalcoDiagnostic[];
  /** The composed YAML documents, comments kept (Falco reads every document of a file). */
  documents: Document.Parsed[];
  /** The first document (most rules files have one). */
  document: Document.Parsed | undefined;
  /** The lossless CST; `printRulesFile` prints it back byte for byte. */
  tokens: CST.Token[];
  /**
   * Set only when the CST does not reproduce `text` (yaml's CST printer reorders some tokens of
   * files with syntax errors): the CST print at parse time, so an unedited file still prints as
   * `text`.
   */
  cstTextAtParse?: string;
  /** Offsets of line starts in `text`, for position lookups. */
  lineStarts: number[];
}

/** What validation needs of a parsed rules file: its items and parse diagnostics, no CST. */
export type TRulesFileItems = Pick<
  TParsedRulesFile,
  'filename' | 'text' | 'items' | 'diagnostics' | 'lineStarts'
>;

/** Common part of every condition AST node: offsets into the condition text. */
export interface TConditionSpan {
  start: number;
  end: number;
}

/** A field such as `proc.aname[2]` or `jevt.value[/user/name]`. */
export interface TFieldNode extends TConditionSpan {
  kind: 'field';
  name: string;
  argument?: string;
}

/** A transformer such as `tolower(proc.name)` or `val(proc.pname)`. */
export interface TTransformerNode extends TConditionSpan {
  kind: 'transformer';
  name: string;
  arguments: TTransformerArgument[];
  argument?: string;
}

/** A literal: a quoted string (unescaped), a bare word or a number; `raw` is the source text. */
export interface TValueNode extends TConditionSpan {
  kind: 'value';
  value: string;
  raw: string;
  isQuoted: boolean;
}

/** A parenthesised list `(a, b, "c")`. */
export interface TListNode extends TConditionSpan {
  kind: 'list';
  items: TValueNode[];
}

/** A transformer argument list `(a, "b", 1)`. */
export interface TTransformerListNode extends TConditionSpan {
  kind: 'transformer-list';
  items: TTransformerArgument[];
}

/** What may appear inside a transformer's parentheses. */
export type TTransformerArgument =
  TFieldNode | TTransformerNode | TValueNode | TTransformerListNode;

/** Left-hand side of a check. */
export type TCheckOperand = TFieldNode | TTransformerNode;

/** Right-hand side of a binary check. */
export type TCheckValue = TValueNode | TListNode | TTransformerNode;

/** Boolean and check nodes of a condition. */
export type TConditionNode =
  | (TConditionSpan & { kind: 'and'; children: TConditionNode[] })
  | (TConditionSpan & { kind: 'or'; children: TConditionNode[] })
  | (TConditionSpan & { kind: 'not'; child: TConditionNode })
  | (TConditionSpan & { kind: 'identifier'; name: string })
  | (TConditionSpan & { kind: 'unary'; left: TCheckOperand; operator: string })
  | (TConditionSpan & { kind: 'binary'; left: TCheckOperand; operator: string; right: TCheckValue })
  /** Stands for the condition an append fragment (`and not …`) is appended to. */
  | (TConditionSpan & { kind: 'placeholder' });

/** Names a condition refers to. */
export interface TConditionReferences {
  /** Every name (macros, then list candidates), deduplicated, in first-use order. */
  names: string[];
  /** Bare identifiers: macro references. */
  macros: string[];
  /**
   * Bare words that may name lists: identifier-like items of `(…)` lists and identifiers after
   * `in`/`pmatch`/`intersects`, except values compared with event-type fields. Falco replaces a
   * list item by a list's items when a list of that name exists, else it stays a literal.
   */
  lists: string[];
  /** Every reference with its offsets in the condition text, in source order. */
  sites: TReferenceSite[];
}

/** One use of a macro or (possible) list name in a condition. */
export interface TReferenceSite {
  kind: 'macro' | 'list';
  name: string;
  /** A list candidate among other items of a `(…)` list, where it may just be a value. */
  isAmbiguous?: boolean;
  start: number;
  end: number;
}

import type { TokenStream } from './lex-hcl.ts';

/** A half-open span of UTF-16 offsets into the source text. */
export interface HclSpan {
  start: number;
  end: number;
}

/** A position: UTF-16 offset plus 1-based line and 1-based UTF-16 column (what Monaco uses). */
export interface HclPosition {
  offset: number;
  line: number;
  column: number;
}

/** A diagnostic in HCL's style: `message` is HCL's summary, `detail` its explanation. */
export interface HclDiagnostic {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  detail?: string;
  range: { start: HclPosition; end: HclPosition };
}

/** A text replacement on UTF-16 offsets; edits never overlap. */
export interface TextEdit {
  range: HclSpan;
  newText: string;
}

interface NodeBase {
  start: number;
  end: number;
}

/** Number, bool or null literal (HCL's LiteralValueExpr); `raw` is the source text. */
export interface HclLiteral extends NodeBase {
  kind: 'literal';
  value: number | boolean | null;
  raw: string;
}

/** Placeholder for an expression that failed to parse. */
export interface HclInvalid extends NodeBase {
  kind: 'invalid';
}

/** A literal piece of a template, with escapes already decoded and strip markers applied. */
export interface HclTemplateLiteral extends NodeBase {
  kind: 'template-literal';
  value: string;
}

/** `${ expr }` inside a template. */
export interface HclTemplateInterpolation extends NodeBase {
  kind: 'template-interpolation';
  expression: HclExpression;
}

/** `%{ if cond }…%{ else }…%{ endif }`. */
export interface HclTemplateIf extends NodeBase {
  kind: 'template-if';
  condition: HclExpression;
  then: HclTemplatePart[];
  else: HclTemplatePart[];
}

/** `%{ for k, v in coll }…%{ endfor }`. */
export interface HclTemplateFor extends NodeBase {
  kind: 'template-for';
  keyVar: string | null;
  valueVar: string;
  collection: HclExpression;
  body: HclTemplatePart[];
}

/** One part of a template. */
export type HclTemplatePart =
  HclTemplateLiteral | HclTemplateInterpolation | HclTemplateIf | HclTemplateFor;

/**
 * A quoted string or heredoc. `isWrap` is HCL's TemplateWrapExpr: the template is exactly one
 * interpolation (`"${x}"`), whose value is the wrapped expression's value.
 */
export interface HclTemplate extends NodeBase {
  kind: 'template';
  parts: HclTemplatePart[];
  isWrap: boolean;
  heredoc: { marker: string; isFlush: boolean } | null;
  /**
   * Set only on a quoted string that is one literal (or empty): its decoded text, the value of
   * its one part, readable without making `parts` (see cst-nodes.ts QuotedLiteralTemplateNode).
   */
  readonly literal?: string;
}

/** A root variable reference (`var`, `local`, `aws_instance`). */
export interface HclVariable extends NodeBase {
  kind: 'variable';
  name: string;
}

/** `source.name`. */
export interface HclGetAttribute extends NodeBase {
  kind: 'get-attribute';
  source: HclExpression;
  name: string;
}

/** `source[key]`, or the legacy `source.0` when `isLegacy`. */
export interface HclIndex extends NodeBase {
  kind: 'index';
  source: HclExpression;
  key: HclExpression;
  isLegacy: boolean;
}

/** `source.*.a.b` (attribute-only splat) or `source[*].a[0]` (full splat); `each` applies to every item. */
export interface HclSplat extends NodeBase {
  kind: 'splat';
  source: HclExpression;
  isFull: boolean;
  each: HclExpression;
}

/** The anonymous item of a splat expression (`.*` / `[*]` marker itself). */
export interface HclSplatItem extends NodeBase {
  kind: 'splat-item';
}

/** `name(args…)`, `provider::ns::name(args)`; `expandFinal` when the last argument has `...`. */
export interface HclFunctionCall extends NodeBase {
  kind: 'function-call';
  name: string;
  /** Span of the name (flat numbers, not a span object: one object fewer per call). */
  nameStart: number;
  nameEnd: number;
  args: HclExpression[];
  expandFinal: boolean;
}

/** `( expression )`. */
export interface HclParentheses extends NodeBase {
  kind: 'parentheses';
  expression: HclExpression;
}

/** `-x` or `!x`. */
export interface HclUnary extends NodeBase {
  kind: 'unary';
  operator: '-' | '!';
  operand: HclExpression;
}

/** `left op right`. */
export interface HclBinary extends NodeBase {
  kind: 'binary';
  operator: string;
  left: HclExpression;
  right: HclExpression;
}

/** `cond ? a : b`. */
export interface HclConditional extends NodeBase {
  kind: 'conditional';
  condition: HclExpression;
  then: HclExpression;
  else: HclExpression;
}

/** `[ a, b ]`. */
export interface HclTuple extends NodeBase {
  kind: 'tuple';
  items: HclExpression[];
}

/** One `key = value` (or `key: value`) item of an object constructor. */
export interface HclObjectItem extends NodeBase {
  key: HclExpression;
  /** True when the key was written in parentheses, forcing it to be an expression. */
  isKeyForced: boolean;
  separator: '=' | ':';
  value: HclExpression;
}

/** `{ k = v, … }`. */
export interface HclObject extends NodeBase {
  kind: 'object';
  items: HclObjectItem[];
}

/** `[for k, v in coll : v if cond]` or `{for k, v in coll : k => v... if cond}`. */
export interface HclFor extends NodeBase {
  kind: 'for';
  isObject: boolean;
  keyVar: string | null;
  valueVar: string;
  collection: HclExpression;
  key: HclExpression | null;
  value: HclExpression;
  condition: HclExpression | null;
  isGrouped: boolean;
}

/** Any HCL expression node. */
export type HclExpression =
  | HclLiteral
  | HclInvalid
  | HclTemplate
  | HclVariable
  | HclGetAttribute
  | HclIndex
  | HclSplat
  | HclSplatItem
  | HclFunctionCall
  | HclParentheses
  | HclUnary
  | HclBinary
  | HclConditional
  | HclTuple
  | HclObject
  | HclFor;

/**
 * `name = expression`. `start`/`end` span the name to the end of the expression;
 * `lineStart`–`lineEnd` span the whole line(s) from the line start through the trailing comment
 * and newline — what to delete to remove the attribute.
 */
export interface HclAttribute extends NodeBase {
  kind: 'attribute';
  name: string;
  /** Span of the name (flat numbers: a large index keeps hundreds of thousands of nodes). */
  nameStart: number;
  nameEnd: number;
  /** Offset of the `=` sign. */
  equalsOffset: number;
  /** 1-based UTF-16 column of the `=` sign (what `=`-alignment compares). */
  equalsColumn: number;
  expression: HclExpression;
  /** Its whole lines: from the start of its first line to after its last line's newline. */
  lineStart: number;
  lineEnd: number;
}

/** A block label, quoted (`"x"`) or bare (`x`). `value` is decoded. */
export interface HclLabel extends NodeBase {
  value: string;
  isQuoted: boolean;
}

/** `type "label" … { body }`; `openBrace`/`closeBrace` are offsets of the braces (-1 if missing). */
export interface HclBlock extends NodeBase {
  kind: 'block';
  type: string;
  typeStart: number;
  typeEnd: number;
  labels: HclLabel[];
  openBrace: number;
  closeBrace: number;
  body: HclBody;
  /** Its whole lines: from the start of its first line to after its last line's newline. */
  lineStart: number;
  lineEnd: number;
}

/** The attributes and blocks of a body, in source order. */
export interface HclBody extends NodeBase {
  kind: 'body';
  items: (HclAttribute | HclBlock)[];
}

/**
 * A parsed file: the lossless token stream (every character belongs to exactly one token,
 * trivia included) plus the structure built on it.
 */
export interface HclFile {
  kind: 'file';
  filename: string;
  text: string;
  tokens: TokenStream;
  body: HclBody;
}

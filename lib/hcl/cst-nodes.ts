import type { TokenStream } from './lex-hcl.ts';
import type {
  HclAttribute,
  HclBinary,
  HclBlock,
  HclBody,
  HclConditional,
  HclExpression,
  HclFile,
  HclFor,
  HclFunctionCall,
  HclGetAttribute,
  HclIndex,
  HclInvalid,
  HclLabel,
  HclLiteral,
  HclObject,
  HclObjectItem,
  HclParentheses,
  HclSplat,
  HclSplatItem,
  HclTemplate,
  HclTemplateFor,
  HclTemplateIf,
  HclTemplateInterpolation,
  HclTemplateLiteral,
  HclTemplatePart,
  HclTuple,
  HclUnary,
  HclVariable,
} from './types.ts';

// The parser makes its nodes with these constructors, not object literals. V8 tracks an
// "allocation site" for every object literal and, once it sees that a site's objects survive
// garbage collection (a CST does), switches the site to old-space allocation and throws away
// all optimised code that inlined it. On a cold parse of 1,000 files that happened three times,
// each time sending the parser back to the interpreter until it was compiled again. `new` has
// no allocation site, so optimised parser code stays (measured: cold parse 9 % faster, warm
// parse the same). Fields are plain own properties assigned in the interfaces' order
// (`declare` emits no class-field initialisers), so nodes look and serialise as literals did
// (except QuotedLiteralTemplateNode: its `parts` is an accessor, its other state own fields).
// Lists of children are copied out of the parser's child stack (ParserState.takeChildren); the
// few made elsewhere come from the two functions below, which copy a template array too: an
// array literal has an allocation site like an object literal (error recovery builds its own).
// The template holds an object, so copies are arrays of objects from the start, as a literal's
// site would have learnt (an array of numbers changing kind on the first node deoptimises).

const TEMPLATE: unknown[] = [null];
const EMPTY: unknown[] = TEMPLATE.slice(0, 0);

/** A new empty array of children (see above). */
export function nodeList<T>(): T[] {
  return EMPTY.slice() as T[];
}

/** A new array of one child (see above). */
export function nodeListOf<T>(item: T): T[] {
  TEMPLATE[0] = item;
  const list = TEMPLATE.slice() as T[];
  TEMPLATE[0] = null;
  return list;
}

/** {@link HclLiteral}. */
export class LiteralNode implements HclLiteral {
  declare kind: 'literal';
  declare start: number;
  declare end: number;
  declare value: number | boolean | null;
  declare raw: string;
  constructor(start: number, end: number, value: number | boolean | null, raw: string) {
    this.kind = 'literal';
    this.start = start;
    this.end = end;
    this.value = value;
    this.raw = raw;
  }
}

/** {@link HclInvalid}. */
export class InvalidNode implements HclInvalid {
  declare kind: 'invalid';
  declare start: number;
  declare end: number;
  constructor(start: number, end: number) {
    this.kind = 'invalid';
    this.start = start;
    this.end = end;
  }
}

/** {@link HclTemplateLiteral}. */
export class TemplateLiteralNode implements HclTemplateLiteral {
  declare kind: 'template-literal';
  declare start: number;
  declare end: number;
  declare value: string;
  constructor(start: number, end: number, value: string) {
    this.kind = 'template-literal';
    this.start = start;
    this.end = end;
    this.value = value;
  }
}

/** {@link HclTemplateInterpolation}. */
export class TemplateInterpolationNode implements HclTemplateInterpolation {
  declare kind: 'template-interpolation';
  declare start: number;
  declare end: number;
  declare expression: HclExpression;
  constructor(start: number, end: number, expression: HclExpression) {
    this.kind = 'template-interpolation';
    this.start = start;
    this.end = end;
    this.expression = expression;
  }
}

/** {@link HclTemplateIf}. */
export class TemplateIfNode implements HclTemplateIf {
  declare kind: 'template-if';
  declare start: number;
  declare end: number;
  declare condition: HclExpression;
  declare then: HclTemplatePart[];
  declare else: HclTemplatePart[];
  constructor(
    start: number,
    end: number,
    condition: HclExpression,
    thenParts: HclTemplatePart[],
    elseParts: HclTemplatePart[],
  ) {
    this.kind = 'template-if';
    this.start = start;
    this.end = end;
    this.condition = condition;
    this.then = thenParts;
    this.else = elseParts;
  }
}

/** {@link HclTemplateFor}. */
export class TemplateForNode implements HclTemplateFor {
  declare kind: 'template-for';
  declare start: number;
  declare end: number;
  declare keyVar: string | null;
  declare valueVar: string;
  declare collection: HclExpression;
  declare body: HclTemplatePart[];
  constructor(
    start: number,
    end: number,
    keyVar: string | null,
    valueVar: string,
    collection: HclExpression,
    body: HclTemplatePart[],
  ) {
    this.kind = 'template-for';
    this.start = start;
    this.end = end;
    this.keyVar = keyVar;
    this.valueVar = valueVar;
    this.collection = collection;
    this.body = body;
  }
}

/** The heredoc of a {@link HclTemplate} (see the note on allocation sites above). */
export class HeredocInfo {
  declare marker: string;
  declare isFlush: boolean;
  constructor(marker: string, isFlush: boolean) {
    this.marker = marker;
    this.isFlush = isFlush;
  }
}

/** {@link HclTemplate}. */
export class TemplateNode implements HclTemplate {
  declare kind: 'template';
  declare start: number;
  declare end: number;
  declare parts: HclTemplatePart[];
  declare isWrap: boolean;
  declare heredoc: { marker: string; isFlush: boolean } | null;
  constructor(
    start: number,
    end: number,
    parts: HclTemplatePart[],
    isWrap: boolean,
    heredoc: { marker: string; isFlush: boolean } | null,
  ) {
    this.kind = 'template';
    this.start = start;
    this.end = end;
    this.parts = parts;
    this.isWrap = isWrap;
    this.heredoc = heredoc;
  }
}

/**
 * {@link HclTemplate} of a quoted string that is one literal (or empty), whose `parts` (an array
 * and a literal node) are made when first read, then kept. Most templates of a configuration are
 * such strings and an index keeps every file's tree: two objects fewer per string is a fifth
 * fewer objects for the garbage collector to copy while a repository is parsed (measured: GC
 * time of a cold parse of the bench corpus 100 -> 82 ms). Its other fields are own properties
 * like every node's; `parts` is an accessor on the prototype. Consumers that only need the
 * text read `literal` (HclTemplate.literal) and never make the parts.
 */
export class QuotedLiteralTemplateNode implements HclTemplate {
  declare kind: 'template';
  declare start: number;
  declare end: number;
  declare isWrap: boolean;
  declare heredoc: null;
  declare readonly literal: string;
  // Where the literal part is, and the part once made.
  declare private literalStart: number;
  declare private literalEnd: number;
  declare private literalParts: HclTemplatePart[] | null;
  constructor(start: number, end: number, literalStart: number, literalEnd: number, value: string) {
    this.kind = 'template';
    this.start = start;
    this.end = end;
    this.isWrap = false;
    this.heredoc = null;
    this.literal = value;
    this.literalStart = literalStart;
    this.literalEnd = literalEnd;
    this.literalParts = null;
  }

  get parts(): HclTemplatePart[] {
    if (this.literalParts === null)
      this.literalParts = nodeListOf<HclTemplatePart>(
        new TemplateLiteralNode(this.literalStart, this.literalEnd, this.literal),
      );
    return this.literalParts;
  }
}

/** {@link HclVariable}. */
export class VariableNode implements HclVariable {
  declare kind: 'variable';
  declare start: number;
  declare end: number;
  declare name: string;
  constructor(start: number, end: number, name: string) {
    this.kind = 'variable';
    this.start = start;
    this.end = end;
    this.name = name;
  }
}

/** {@link HclGetAttribute}. */
export class GetAttributeNode implements HclGetAttribute {
  declare kind: 'get-attribute';
  declare start: number;
  declare end: number;
  declare source: HclExpression;
  declare name: string;
  constructor(start: number, end: number, source: HclExpression, name: string) {
    this.kind = 'get-attribute';
    this.start = start;
    this.end = end;
    this.source = source;
    this.name = name;
  }
}

/** {@link HclIndex}. */
export class IndexNode implements HclIndex {
  declare kind: 'index';
  declare start: number;
  declare end: number;
  declare source: HclExpression;
  declare key: HclExpression;
  declare isLegacy: boolean;
  constructor(
    start: number,
    end: number,
    source: HclExpression,
    key: HclExpression,
    isLegacy: boolean,
  ) {
    this.kind = 'index';
    this.start = start;
    this.end = end;
    this.source = source;
    this.key = key;
    this.isLegacy = isLegacy;
  }
}

/** {@link HclSplat}. */
export class SplatNode implements HclSplat {
  declare kind: 'splat';
  declare start: number;
  declare end: number;
  declare source: HclExpression;
  declare isFull: boolean;
  declare each: HclExpression;
  constructor(
    start: number,
    end: number,
    source: HclExpression,
    isFull: boolean,
    each: HclExpression,
  ) {
    this.kind = 'splat';
    this.start = start;
    this.end = end;
    this.source = source;
    this.isFull = isFull;
    this.each = each;
  }
}

/** {@link HclSplatItem}. */
export class SplatItemNode implements HclSplatItem {
  declare kind: 'splat-item';
  declare start: number;
  declare end: number;
  constructor(start: number, end: number) {
    this.kind = 'splat-item';
    this.start = start;
    this.end = end;
  }
}

/** {@link HclFunctionCall}. */
export class FunctionCallNode implements HclFunctionCall {
  declare kind: 'function-call';
  declare start: number;
  declare end: number;
  declare name: string;
  declare nameStart: number;
  declare nameEnd: number;
  declare args: HclExpression[];
  declare expandFinal: boolean;
  constructor(
    start: number,
    end: number,
    name: string,
    nameEnd: number,
    args: HclExpression[],
    expandFinal: boolean,
  ) {
    this.kind = 'function-call';
    this.start = start;
    this.end = end;
    this.name = name;
    this.nameStart = start;
    this.nameEnd = nameEnd;
    this.args = args;
    this.expandFinal = expandFinal;
  }
}

/** {@link HclParentheses}. */
export class ParenthesesNode implements HclParentheses {
  declare kind: 'parentheses';
  declare start: number;
  declare end: number;
  declare expression: HclExpression;
  constructor(start: number, end: number, expression: HclExpression) {
    this.kind = 'parentheses';
    this.start = start;
    this.end = end;
    this.expression = expression;
  }
}

/** {@link HclUnary}. */
export class UnaryNode implements HclUnary {
  declare kind: 'unary';
  declare start: number;
  declare end: number;
  declare operator: '-' | '!';
  declare operand: HclExpression;
  constructor(start: number, end: number, operator: '-' | '!', operand: HclExpression) {
    this.kind = 'unary';
    this.start = start;
    this.end = end;
    this.operator = operator;
    this.operand = operand;
  }
}

/** {@link HclBinary}. */
export class BinaryNode implements HclBinary {
  declare kind: 'binary';
  declare start: number;
  declare end: number;
  declare operator: string;
  declare left: HclExpression;
  declare right: HclExpression;
  constructor(
    start: number,
    end: number,
    operator: string,
    left: HclExpression,
    right: HclExpression,
  ) {
    this.kind = 'binary';
    this.start = start;
    this.end = end;
    this.operator = operator;
    this.left = left;
    this.right = right;
  }
}

/** {@link HclConditional}. */
export class ConditionalNode implements HclConditional {
  declare kind: 'conditional';
  declare start: number;
  declare end: number;
  declare condition: HclExpression;
  declare then: HclExpression;
  declare else: HclExpression;
  constructor(
    start: number,
    end: number,
    condition: HclExpression,
    thenExpr: HclExpression,
    elseExpr: HclExpression,
  ) {
    this.kind = 'conditional';
    this.start = start;
    this.end = end;
    this.condition = condition;
    this.then = thenExpr;
    this.else = elseExpr;
  }
}

/** {@link HclTuple}. */
export class TupleNode implements HclTuple {
  declare kind: 'tuple';
  declare start: number;
  declare end: number;
  declare items: HclExpression[];
  constructor(start: number, end: number, items: HclExpression[]) {
    this.kind = 'tuple';
    this.start = start;
    this.end = end;
    this.items = items;
  }
}

/** {@link HclObjectItem}. */
export class ObjectItemNode implements HclObjectItem {
  declare start: number;
  declare end: number;
  declare key: HclExpression;
  declare isKeyForced: boolean;
  declare separator: '=' | ':';
  declare value: HclExpression;
  constructor(
    key: HclExpression,
    isKeyForced: boolean,
    separator: '=' | ':',
    value: HclExpression,
  ) {
    this.start = key.start;
    this.end = value.end;
    this.key = key;
    this.isKeyForced = isKeyForced;
    this.separator = separator;
    this.value = value;
  }
}

/** {@link HclObject}. */
export class ObjectNode implements HclObject {
  declare kind: 'object';
  declare start: number;
  declare end: number;
  declare items: HclObjectItem[];
  constructor(start: number, end: number, items: HclObjectItem[]) {
    this.kind = 'object';
    this.start = start;
    this.end = end;
    this.items = items;
  }
}

/** {@link HclFor}. */
export class ForNode implements HclFor {
  declare kind: 'for';
  declare start: number;
  declare end: number;
  declare isObject: boolean;
  declare keyVar: string | null;
  declare valueVar: string;
  declare collection: HclExpression;
  declare key: HclExpression | null;
  declare value: HclExpression;
  declare condition: HclExpression | null;
  declare isGrouped: boolean;
  constructor(
    start: number,
    end: number,
    isObject: boolean,
    keyVar: string | null,
    valueVar: string,
    collection: HclExpression,
    key: HclExpression | null,
    value: HclExpression,
    condition: HclExpression | null,
    isGrouped: boolean,
  ) {
    this.kind = 'for';
    this.start = start;
    this.end = end;
    this.isObject = isObject;
    this.keyVar = keyVar;
    this.valueVar = valueVar;
    this.collection = collection;
    this.key = key;
    this.value = value;
    this.condition = condition;
    this.isGrouped = isGrouped;
  }
}

/** {@link HclAttribute}. */
export class AttributeNode implements HclAttribute {
  declare kind: 'attribute';
  declare start: number;
  declare end: number;
  declare name: string;
  declare nameStart: number;
  declare nameEnd: number;
  declare equalsOffset: number;
  declare equalsColumn: number;
  declare expression: HclExpression;
  declare lineStart: number;
  declare lineEnd: number;
  constructor(
    nameStart: number,
    nameEnd: number,
    name: string,
    equalsOffset: number,
    equalsColumn: number,
    expression: HclExpression,
    lineStart: number,
    lineEnd: number,
  ) {
    this.kind = 'attribute';
    this.start = nameStart;
    this.end = expression.end;
    this.name = name;
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.equalsOffset = equalsOffset;
    this.equalsColumn = equalsColumn;
    this.expression = expression;
    this.lineStart = lineStart;
    this.lineEnd = lineEnd;
  }
}

/** {@link HclLabel}. */
export class LabelNode implements HclLabel {
  declare start: number;
  declare end: number;
  declare value: string;
  declare isQuoted: boolean;
  constructor(start: number, end: number, value: string, isQuoted: boolean) {
    this.start = start;
    this.end = end;
    this.value = value;
    this.isQuoted = isQuoted;
  }
}

/** {@link HclBody}. */
export class BodyNode implements HclBody {
  declare kind: 'body';
  declare start: number;
  declare end: number;
  declare items: (HclAttribute | HclBlock)[];
  constructor(start: number, end: number, items: (HclAttribute | HclBlock)[]) {
    this.kind = 'body';
    this.start = start;
    this.end = end;
    this.items = items;
  }
}

/** {@link HclBlock}. */
export class BlockNode implements HclBlock {
  declare kind: 'block';
  declare start: number;
  declare end: number;
  declare type: string;
  declare typeStart: number;
  declare typeEnd: number;
  declare labels: HclLabel[];
  declare openBrace: number;
  declare closeBrace: number;
  declare body: HclBody;
  declare lineStart: number;
  declare lineEnd: number;
  constructor(
    start: number,
    end: number,
    type: string,
    typeEnd: number,
    labels: HclLabel[],
    openBrace: number,
    closeBrace: number,
    body: HclBody,
    lineStart: number,
    lineEnd: number,
  ) {
    this.kind = 'block';
    this.start = start;
    this.end = end;
    this.type = type;
    this.typeStart = start;
    this.typeEnd = typeEnd;
    this.labels = labels;
    this.openBrace = openBrace;
    this.closeBrace = closeBrace;
    this.body = body;
    this.lineStart = lineStart;
    this.lineEnd = lineEnd;
  }
}

/** {@link HclFile}. */
export class FileNode implements HclFile {
  declare kind: 'file';
  declare filename: string;
  declare text: string;
  declare tokens: TokenStream;
  declare body: HclBody;
  constructor(filename: string, text: string, tokens: TokenStream, body: HclBody) {
    this.kind = 'file';
    this.filename = filename;
    this.text = text;
    this.tokens = tokens;
    this.body = body;
  }
}

import type { TokenStream } from './lex-hcl.ts';
import { T } from './token-kind.ts';
import { isAscii } from './build-template-parts.ts';

/** A diagnostic before positions are resolved: HCL summary/detail and a UTF-16 span. */
export interface RawDiagnostic {
  code: string;
  summary: string;
  detail: string;
  start: number;
  end: number;
}

/**
 * Parser cursor over a token stream, a port of hclsyntax's peeker + recovery helpers
 * (peeker.go, parser.go `recover*`): trivia is skipped, newlines are significant only while
 * the top of the include-newlines stack is true, and a line comment ending in a newline counts
 * as a newline there.
 */
export class ParserState {
  readonly tokens: TokenStream;
  readonly text: string;
  index = 0;
  prev = 0;
  recovery = false;
  readonly diagnostics: RawDiagnostic[] = [];
  /** Whether the text is all ASCII: then no string in it needs NFC normalisation. */
  readonly isAscii: boolean;
  private readonly newlineStack: boolean[] = [true];
  /** The top of the include-newlines stack. */
  private including = true;
  // The next significant token is found once per move of the cursor (a read, a change of
  // newline mode), so peek() and peekKind() are plain reads: the parser asks them a dozen times
  // per token, and in V8 a small function is also cheap to optimise and to inline.
  private nextIndex = 0;
  private nextKind = 0;
  /** Index of the token treated as end of input (the real Eof unless parsing a slice). */
  readonly limit: number;
  // Children of the nodes being built, all on one stack (a node's children are complete before
  // its parent's next sibling starts). A node's list is copied out at its exact size: an array
  // grown by push from empty keeps room for 17 items, and those spare slots were a sixth of a
  // parsed repository's memory, which garbage collection copies while parsing.
  private readonly children: unknown[] = [];
  private childTop = 0;

  constructor(tokens: TokenStream, from = 0, limit = tokens.count - 1) {
    this.tokens = tokens;
    this.text = tokens.text;
    // One scan of the whole text instead of a test of every string literal it holds.
    this.isAscii = isAscii(this.text);
    this.index = from;
    this.limit = limit;
    this.scanNext();
  }

  kindAt(i: number): number {
    return this.tokens.kinds[i] as number;
  }
  startAt(i: number): number {
    return this.tokens.starts[i] as number;
  }
  endAt(i: number): number {
    // When parsing a slice, the token at `limit` stands for end of input: it has no width.
    if (i >= this.limit) return this.tokens.starts[this.limit] as number;
    return this.tokens.ends[i] as number;
  }
  textAt(i: number): string {
    return this.text.slice(this.startAt(i), this.endAt(i));
  }

  /** Where the children of a node about to be built start (see {@link takeChildren}). */
  childMark(): number {
    return this.childTop;
  }
  /** Adds a child to the node being built. */
  pushChild(child: unknown): void {
    this.children[this.childTop++] = child;
  }
  /** Child `i` (from {@link childMark} on) of the node being built. */
  childAt(i: number): unknown {
    return this.children[i];
  }
  /** Number of children on the stack (the end of the current node's children). */
  childEnd(): number {
    return this.childTop;
  }
  /** The children pushed since `mark`, as an array of exactly their number; removes them. */
  takeChildren<C>(mark: number): C[] {
    const list = this.children.slice(mark, this.childTop) as C[];
    this.childTop = mark;
    return list;
  }

  pushNewlines(include: boolean): void {
    this.newlineStack.push(include);
    this.including = include;
    this.scanNext();
  }
  popNewlines(): void {
    this.newlineStack.pop();
    this.including = this.newlineStack[this.newlineStack.length - 1] === true;
    this.scanNext();
  }

  /** Index of the next significant token (the Eof token at the end). */
  peek(): number {
    return this.nextIndex;
  }

  /** Kind of the next significant token (a newline-ending comment reads as `T.Newline`). */
  peekKind(): number {
    return this.nextKind;
  }

  /** Consumes and returns the index of the next significant token; Eof is never consumed past. */
  read(): number {
    const i = this.nextIndex;
    this.index = i >= this.limit ? i : i + 1;
    this.prev = i;
    this.scanNext();
    return i;
  }

  private scanNext(): void {
    // Most tokens are followed by a significant token or by spaces and then one: that case is
    // handled here, small enough to be inlined into every read; newlines, comments and the
    // end of input go to skipTrivia.
    const kinds = this.tokens.kinds;
    let i = this.index;
    if (i < this.limit) {
      let k = kinds[i] as number;
      if (k === (0 satisfies typeof T.Spaces) && i + 1 < this.limit) k = kinds[++i] as number;
      // Kinds 0–3 are the trivia (token-kind.ts); every other kind is significant.
      if (k > (3 satisfies typeof T.Newline)) {
        this.nextIndex = i;
        this.nextKind = k;
        return;
      }
    }
    this.skipTrivia(i);
  }

  private skipTrivia(from: number): void {
    const including = this.including;
    const kinds = this.tokens.kinds;
    const last = this.limit;
    let i = from;
    let kind: number = 52 satisfies typeof T.Eof;
    for (; i < last; i++) {
      const k = kinds[i] as number;
      if (k === (0 satisfies typeof T.Spaces) || k === (1 satisfies typeof T.Bom)) continue;
      if (k === (2 satisfies typeof T.Comment)) {
        if (including && this.text.charCodeAt(this.endAt(i) - 1) === 10) {
          kind = 3 satisfies typeof T.Newline;
          break;
        }
        continue;
      }
      if (k === (3 satisfies typeof T.Newline) && !including) continue;
      kind = k;
      break;
    }
    if (i >= last) {
      i = last;
      kind = 52 satisfies typeof T.Eof;
    }
    this.nextIndex = i;
    this.nextKind = kind;
  }

  /** Kind of the token last returned by read(), with the comment-as-newline rule applied. */
  effectiveKind(i: number): number {
    if (i >= this.limit) return 52 satisfies typeof T.Eof;
    const k = this.kindAt(i);
    if (k === (2 satisfies typeof T.Comment)) return 3 satisfies typeof T.Newline;
    return k;
  }

  isKeyword(i: number, word: string): boolean {
    return this.kindAt(i) === T.Ident && this.textAt(i) === word;
  }

  error(code: string, summary: string, detail: string, start: number, end: number): void {
    this.diagnostics.push({ code, summary, detail, start, end });
  }

  /** hclsyntax `recover`: skip to the matching `end` token (nesting-aware); returns its index. */
  recover(end: number): number {
    const start = oppositeBracket(end);
    this.recovery = true;
    let nest = 0;
    for (;;) {
      const i = this.read();
      let k = this.effectiveKind(i);
      if (end === T.TemplateSeqEnd && k === T.TemplateControl) k = T.TemplateInterp;
      if (k === start) nest++;
      else if (k === end) {
        if (nest < 1) return i;
        nest--;
      } else if (k === T.Eof) return i;
    }
  }

  /** hclsyntax `recoverOver`: find the next `start` bracket and skip past its match. */
  recoverOver(start: number): void {
    const end = oppositeBracket(start);
    for (;;) {
      const k = this.effectiveKind(this.read());
      if (k === start || k === T.Eof) break;
    }
    this.recover(end);
  }

  /** hclsyntax `recoverAfterBodyItem`: skip to the newline ending the current item. */
  recoverAfterBodyItem(): void {
    this.recovery = true;
    const open: number[] = [];
    for (;;) {
      const i = this.read();
      const k = this.peekKindOf(i);
      switch (k) {
        case T.Newline:
          if (open.length === 0) return;
          break;
        case T.Eof:
          return;
        case T.OBrace:
        case T.OBrack:
        case T.OParen:
        case T.OQuote:
        case T.OHeredoc:
        case T.TemplateInterp:
        case T.TemplateControl:
          open.push(k);
          break;
        case T.CBrace:
        case T.CBrack:
        case T.CParen:
        case T.CQuote:
        case T.CHeredoc: {
          const opener = oppositeBracket(k);
          while (open.length > 0 && open[open.length - 1] !== opener) open.pop();
          if (open.length > 0) open.pop();
          break;
        }
        case T.TemplateSeqEnd:
          while (
            open.length > 0 &&
            open[open.length - 1] !== T.TemplateInterp &&
            open[open.length - 1] !== T.TemplateControl
          )
            open.pop();
          if (open.length > 0) open.pop();
          break;
        default:
          break;
      }
    }
  }

  /** Kind of token `i` as the peeker reports it in the current newline mode. */
  peekKindOf(i: number): number {
    if (i >= this.limit) return 52 satisfies typeof T.Eof;
    const k = this.kindAt(i);
    return k === (2 satisfies typeof T.Comment) ? (3 satisfies typeof T.Newline) : k;
  }
}

/** The bracket that closes/opens `kind`, or T.Nil (hclsyntax oppositeBracket). */
export function oppositeBracket(kind: number): number {
  switch (kind) {
    case T.OBrace:
      return T.CBrace;
    case T.OBrack:
      return T.CBrack;
    case T.OParen:
      return T.CParen;
    case T.OQuote:
      return T.CQuote;
    case T.OHeredoc:
      return T.CHeredoc;
    case T.CBrace:
      return T.OBrace;
    case T.CBrack:
      return T.OBrack;
    case T.CParen:
      return T.OParen;
    case T.CQuote:
      return T.OQuote;
    case T.CHeredoc:
      return T.OHeredoc;
    case T.TemplateControl:
      return T.TemplateSeqEnd;
    case T.TemplateInterp:
      return T.TemplateSeqEnd;
    case T.TemplateSeqEnd:
      return T.TemplateInterp;
    default:
      return T.Nil;
  }
}

import { lexHcl } from '../hcl/lex-hcl.ts';
import { T } from '../hcl/token-kind.ts';

type TFrame =
  | { kind: 'block'; type: string; labels: string[]; attributes: Set<string> }
  | { kind: 'object' | 'paren' | 'interpolation'; attribute: string | null }
  | { kind: 'bracket'; attribute: string | null };

/** Where the cursor is in an HCL text, as far as completion and hover care. */
export type TCursorContext =
  | { kind: 'none' }
  | { kind: 'resource-type'; prefix: string }
  | {
      kind: 'attribute-name';
      resourceType: string;
      /** Nested block names from the resource body down to the cursor's block (empty at the top). */
      blockPath: string[];
      prefix: string;
      /** Attribute and block names already written before the cursor in its block (listed last). */
      existing: string[];
    }
  | {
      kind: 'enum-value';
      resourceType: string;
      blockPath: string[];
      attribute: string;
      prefix: string;
    }
  | {
      kind: 'reference';
      resourceType: string;
      blockPath: string[];
      attribute: string;
      prefix: string;
    };

const IDENT = /^[A-Za-z_][\w-]*$/;

/**
 * Classifies the cursor at `offset` of a (possibly half-typed) `.tf` text: inside a resource type
 * label, at an attribute name in a resource (or nested block) body, in the quoted value of an
 * attribute, or at an expression value (references). Uses the lexer, not the parser, so broken
 * text still gets an answer; comments and heredocs give `none`. Pure; never throws.
 */
export function findCursorContext(text: string, offset: number): TCursorContext {
  const frames = scanFrames(text, offset);
  if (!frames) return { kind: 'none' };
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  if (frames.length === 0) {
    const label = /^\s*resource\s+"([\w-]*)$/.exec(before);
    return label ? { kind: 'resource-type', prefix: label[1]! } : { kind: 'none' };
  }
  const resource = frames[0]!;
  if (resource.kind !== 'block' || resource.type !== 'resource' || !resource.labels[0])
    return { kind: 'none' };
  const resourceType = resource.labels[0];
  const top = frames[frames.length - 1]!;
  const blocks = frames.filter((frame) => frame.kind === 'block');
  const blockPath = blocks.slice(1).map((frame) => frame.type);
  if (top.kind === 'block') {
    if (frames.length !== blocks.length) return { kind: 'none' };
    const name = /^\s*([A-Za-z_][\w-]*)?$/.exec(before);
    if (name)
      return {
        kind: 'attribute-name',
        resourceType,
        blockPath,
        prefix: name[1] ?? '',
        existing: [...top.attributes],
      };
    const quoted = /^\s*([A-Za-z_][\w-]*)\s*=\s*"([^"\\$%]*)$/.exec(before);
    if (quoted)
      return {
        kind: 'enum-value',
        resourceType,
        blockPath,
        attribute: quoted[1]!,
        prefix: quoted[2]!,
      };
    const value = /^\s*([A-Za-z_][\w-]*)\s*=\s*([\w.-]*)$/.exec(before);
    if (value)
      return {
        kind: 'reference',
        resourceType,
        blockPath,
        attribute: value[1]!,
        prefix: value[2]!,
      };
    return { kind: 'none' };
  }
  if (top.kind === 'bracket' && top.attribute && frames.length === blocks.length + 1) {
    const item = /(?:^\s*|[[,]\s*)([\w.-]*)$/.exec(before);
    if (item)
      return {
        kind: 'reference',
        resourceType,
        blockPath,
        attribute: top.attribute,
        prefix: item[1]!,
      };
  }
  return { kind: 'none' };
}

/**
 * The open blocks and brackets at `offset`, outermost first; null when the cursor is in a comment,
 * a heredoc or a string that is not the current line's simple quoted value.
 */
function scanFrames(text: string, offset: number): TFrame[] | null {
  const tokens = lexHcl(text);
  const frames: TFrame[] = [];
  // Significant tokens since the last newline: identify block headers and `name =`.
  let line: Array<{ kind: number; text: string }> = [];
  let isInHeredoc = false;
  for (let i = 0; i < tokens.count; i++) {
    const kind = tokens.kinds[i]!;
    const start = tokens.starts[i]!;
    const end = tokens.ends[i]!;
    if (start >= offset) break;
    if (
      end > offset ||
      (end === offset && kind === T.Comment && !text.slice(start, end).endsWith('\n'))
    ) {
      // The cursor is inside this token.
      if (kind === T.Comment || isInHeredoc) return null;
      break;
    }
    const top = frames[frames.length - 1];
    switch (kind) {
      case T.Spaces:
      case T.Comment:
        if (kind === T.Comment && text.slice(start, end).endsWith('\n')) line = [];
        continue;
      case T.Newline:
        line = [];
        continue;
      case T.OHeredoc:
        isInHeredoc = true;
        break;
      case T.CHeredoc:
        isInHeredoc = false;
        break;
      case T.OBrace: {
        const isHeader =
          line.length > 0 &&
          line[0]!.kind === T.Ident &&
          !line.some((item) => item.kind === T.Equal);
        if (isHeader) {
          const labels = line
            .filter((item) => item.kind === T.QuotedLit || item.kind === T.Ident)
            .map((item) => item.text);
          if (top?.kind === 'block') top.attributes.add(line[0]!.text);
          frames.push({
            kind: 'block',
            type: line[0]!.text,
            labels: labels.slice(1),
            attributes: new Set(),
          });
        } else frames.push({ kind: 'object', attribute: assignedName(line) });
        line = [];
        continue;
      }
      case T.TemplateInterp:
      case T.TemplateControl:
        frames.push({ kind: 'interpolation', attribute: null });
        break;
      case T.OBrack:
        frames.push({
          kind: 'bracket',
          attribute: assignedName(line) ?? (top?.kind === 'bracket' ? top.attribute : null),
        });
        break;
      case T.OParen:
        frames.push({ kind: 'paren', attribute: null });
        break;
      case T.CBrace:
      case T.TemplateSeqEnd:
      case T.CBrack:
      case T.CParen:
        frames.pop();
        break;
      case T.Equal:
        if (top?.kind === 'block' && line.length === 1 && line[0]!.kind === T.Ident)
          top.attributes.add(line[0]!.text);
        break;
      default:
        break;
    }
    line.push({ kind, text: text.slice(start, end) });
  }
  if (isInHeredoc) return null;
  return frames;
}

// `name = [` / `name = {` → `name`.
function assignedName(line: Array<{ kind: number; text: string }>): string | null {
  return line.length >= 2 &&
    line[0]!.kind === T.Ident &&
    line[1]!.kind === T.Equal &&
    IDENT.test(line[0]!.text)
    ? line[0]!.text
    : null;
}

import type { HclBlock } from '../index.ts';
import { detectEol, detectIndentUnit, indentOf, isSpaces, lineStartOf } from './line-layout.ts';

/** How a block's body is laid out, for inserting lines into it. */
export interface HclBodyLayout {
  /** Indentation of the block's own line. */
  parentIndent: string;
  /** Indentation of the body's items (detected from the first item on its own line). */
  indent: string;
  unit: string;
  eol: string;
}

/** Detects the layout of `block`'s body in `text`. Never throws. */
export function detectBodyLayout(text: string, block: HclBlock): HclBodyLayout {
  const parentIndent = indentOf(text, block.start);
  const eol = detectEol(text);
  const first = block.body.items.find(
    (item) =>
      isSpaces(text, lineStartOf(text, item.start), item.start) &&
      lineStartOf(text, item.start) > block.openBrace,
  );
  const childIndent = first ? indentOf(text, first.start) : undefined;
  const unit = detectIndentUnit(text, parentIndent, childIndent);
  return { parentIndent, indent: childIndent ?? parentIndent + unit, unit, eol };
}

import type { TScalarStyle } from './types.ts';

const ESCAPE_LENGTHS: Record<string, number> = { x: 4, u: 6, U: 10 };

/**
 * Returns a function mapping an offset in a YAML scalar's string `value` to an offset in `text`,
 * where the scalar's node spans `[start, end)` in `text`. Folding (plain and `>` scalars),
 * indentation, quote doubling and double-quoted escapes only change whitespace and escapes, so
 * an alignment that matches the value's characters to the source in order is exact for every
 * non-blank character. The table is built on first use. Pure.
 */
export function mapScalarOffsets(
  text: string,
  value: string,
  style: TScalarStyle,
  start: number,
  end: number,
): (valueOffset: number) => number {
  let table: Int32Array | undefined;
  return (valueOffset) => {
    table ??= alignScalar(text, value, style, start, end);
    const clamped = Math.max(0, Math.min(valueOffset, value.length));
    return table[clamped] ?? end;
  };
}

function alignScalar(
  text: string,
  value: string,
  style: TScalarStyle,
  start: number,
  end: number,
): Int32Array {
  const table = new Int32Array(value.length + 1);
  let position = contentStart(text, style, start, end);
  const isDoubleQuoted = style === 'QUOTE_DOUBLE';
  for (let index = 0; index < value.length; index++) {
    const char = value[index] as string;
    if (isDoubleQuoted) position = skipLineContinuations(text, position, end);
    if (isDoubleQuoted && text[position] === '\\') {
      table[index] = position;
      position += ESCAPE_LENGTHS[text[position + 1] ?? ''] ?? 2;
      continue;
    }
    if (/\s/.test(char)) {
      table[index] = position;
      if (text[position] === char) position++;
      continue;
    }
    let probe = position;
    while (probe < end && text[probe] !== char && isSkippable(text[probe] as string)) probe++;
    table[index] = probe < end && text[probe] === char ? probe : position;
    if (text[probe] === char) position = probe + 1;
  }
  table[value.length] = Math.min(position, end);
  return table;
}

// Folding removes line breaks and indentation; single quotes double a quote (`''`).
function isSkippable(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === "'";
}

function skipLineContinuations(text: string, position: number, end: number): number {
  let cursor = position;
  while (
    cursor < end &&
    text[cursor] === '\\' &&
    (text[cursor + 1] === '\n' || text[cursor + 1] === '\r')
  ) {
    cursor += 2;
    while (cursor < end && /\s/.test(text[cursor] as string)) cursor++;
  }
  return cursor;
}

function contentStart(text: string, style: TScalarStyle, start: number, end: number): number {
  if (style === 'QUOTE_SINGLE' || style === 'QUOTE_DOUBLE') return start + 1;
  if (style === 'BLOCK_FOLDED' || style === 'BLOCK_LITERAL') {
    const lineBreak = text.indexOf('\n', start);
    return lineBreak === -1 || lineBreak >= end ? end : lineBreak + 1;
  }
  return start;
}

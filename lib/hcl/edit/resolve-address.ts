import { parseHcl, type HclAttribute, type HclBlock, type HclParseResult } from '../index.ts';
import { findBlocks } from './find-blocks.ts';
import { HclEditError } from './hcl-edit-error.ts';
import { formatAddress } from './format-address.ts';
import type { HclEditAddress } from './types.ts';

/** A resolved address: the parse, the chain of blocks (top-level first) and the attribute. */
export interface HclResolvedAddress {
  parsed: HclParseResult;
  /** Blocks from the top-level block down to the target block. */
  chain: HclBlock[];
  block: HclBlock;
  /** The addressed attribute, or null when absent or not asked for. */
  attribute: HclAttribute | null;
}

/**
 * Parses `text` and finds the addressed block (and attribute, when `address.attribute` is set).
 * Throws HclEditError: 'not-found' (no such block or nested block; a missing attribute is not an
 * error, `attribute` is then null), 'ambiguous' (two matching top-level blocks or two attributes
 * of that name), 'syntax-error' (the top-level block — hence the target or an ancestor — contains
 * a parse error or lacks its closing brace, or an unclosed top-level block precedes it).
 */
export function resolveAddress(text: string, address: HclEditAddress): HclResolvedAddress {
  const where = formatAddress(address);
  if (address.block.length === 0)
    throw new HclEditError(
      'invalid-value',
      'The address names no block (expected [type, ...labels]).',
    );
  const parsed = parseHcl(text);
  const tops = findBlocks(parsed.file.body, address.block);
  if (tops.length === 0)
    throw new HclEditError(
      'not-found',
      `${where}: no block ${address.block.join('.')} in this file.`,
    );
  if (tops.length > 1)
    throw new HclEditError(
      'ambiguous',
      `${where}: ${tops.length} blocks ${address.block.join('.')} in this file; rename one before editing.`,
    );
  const top = tops[0] as HclBlock;
  const chain: HclBlock[] = [top];
  let block = top;
  for (const step of address.path ?? []) {
    const siblings = block.body.items.filter(
      (item): item is HclBlock => item.kind === 'block' && item.type === step.block,
    );
    const next = Number.isInteger(step.index) ? siblings[step.index] : undefined;
    if (!next)
      throw new HclEditError(
        'not-found',
        `${where}: block ${step.block}[${step.index}] not found (${siblings.length} ${step.block} block(s)).`,
      );
    chain.push(next);
    block = next;
  }
  const error = parsed.diagnostics.find(
    (d) =>
      d.severity === 'error' && d.range.end.offset >= top.start && d.range.start.offset <= top.end,
  );
  // An unclosed block above swallows this one in HCL's reading, even if our recovery lifted it out.
  const swallower = parsed.blocks.find((b) => b !== top && b.closeBrace < 0 && b.start < top.start);
  if (swallower) {
    const line = parsed.file.text.slice(0, swallower.start).split('\n').length;
    throw new HclEditError(
      'syntax-error',
      `${where}: the block at line ${line} above is not closed, so HCL reads this block inside it; fix it in the code editor first.`,
    );
  }
  if (error || chain.some((b) => b.openBrace < 0 || b.closeBrace < 0)) {
    const at = error
      ? ` at ${error.range.start.line}:${error.range.start.column} (${error.message})`
      : '';
    throw new HclEditError(
      'syntax-error',
      `${where}: the block has a syntax error${at}; fix it in the code editor first.`,
    );
  }
  let attribute: HclAttribute | null = null;
  if (address.attribute !== undefined) {
    const found = block.body.items.filter(
      (item): item is HclAttribute => item.kind === 'attribute' && item.name === address.attribute,
    );
    if (found.length > 1)
      throw new HclEditError(
        'ambiguous',
        `${where}: the attribute is defined ${found.length} times.`,
      );
    attribute = found[0] ?? null;
  }
  return { parsed, chain, block, attribute };
}

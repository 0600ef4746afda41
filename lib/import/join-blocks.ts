import type { THclItem } from './hcl-item.ts';
import { renderItems } from './render-items.ts';

/** Top-level items separated by blank lines (comments stay on their own lines), after a header. */
export function joinBlocks(header: string | undefined, items: readonly THclItem[]): string {
  const parts = items.map((item) => renderItems([item]));
  const body = parts.reduce((text, part, index) => {
    const previous = items[index - 1];
    const isTight = previous?.kind === 'comment' && items[index]?.kind === 'comment';
    return index === 0 ? part : `${text}${isTight ? '' : '\n'}${part}`;
  }, '');
  return header ? `# ${header}\n\n${body}` : body;
}

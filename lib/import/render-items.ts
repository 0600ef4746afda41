import { encodeString } from '../hcl/index.ts';
import type { THclItem } from './hcl-item.ts';

/**
 * HCL text of body items, one per line at `indent` (two spaces more per nesting level), blocks
 * with quoted labels. Not yet aligned: run the whole file through `formatHcl`. Pure.
 */
export function renderItems(items: readonly THclItem[], indent = ''): string {
  let out = '';
  for (const item of items) {
    switch (item.kind) {
      case 'attribute':
        out += `${indent}${item.name} = ${item.render(indent)}\n`;
        break;
      case 'block': {
        const labels = item.labels.map((label) => ` ${encodeString(label)}`).join('');
        out += `${indent}${item.type}${labels} {\n${renderItems(item.items, `${indent}  `)}${indent}}\n`;
        break;
      }
      case 'comment':
        out += `${indent}# ${item.text}\n`;
        break;
      case 'blank':
        out += '\n';
        break;
    }
  }
  return out;
}

import type { THclItem } from './hcl-item.ts';

/** An attribute item with a fixed expression text (references, `var.x`, one-line literals). */
export function rawAttribute(name: string, expression: string): THclItem {
  return { kind: 'attribute', name, render: () => expression };
}

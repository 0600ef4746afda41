/**
 * A piece of generated HCL body: an attribute whose expression text is rendered for the column its
 * line starts at (multi-line values indent their inner lines), a nested or top-level block, a
 * comment line, or a blank line.
 */
export type THclItem =
  | {
      readonly kind: 'attribute';
      readonly name: string;
      readonly render: (indent: string) => string;
    }
  | {
      readonly kind: 'block';
      readonly type: string;
      readonly labels: readonly string[];
      readonly items: readonly THclItem[];
    }
  | { readonly kind: 'comment'; readonly text: string }
  | { readonly kind: 'blank' };

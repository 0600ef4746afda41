/**
 * `lib/hcl`: Rampart's own parser for the HCL native syntax (Terraform `.tf` files) — lossless,
 * fast, and checked against HashiCorp HCL in differential tests. Pure: no Node or browser APIs.
 */
export { parseHcl, type HclParseResult } from './parse-hcl.ts';
export { printHcl } from './print-hcl.ts';
export { findAttribute } from './find-attribute.ts';
export { listAttributes } from './list-attributes.ts';
export { listBlocks } from './list-blocks.ts';
export {
  hclToJson,
  hclFileToJson,
  type HclJsonValue,
  type HclToJsonResult,
} from './hcl-to-json.ts';
export { decodeValue, decodedToJs, type HclDecoded } from './decode-value.ts';
export { encodeValue, encodeString } from './encode-value.ts';
export { findReferences, type HclReference } from './find-references.ts';
export { formatHcl } from './format-hcl.ts';
export { upgradeLegacySyntax } from './upgrade-legacy-syntax.ts';
export { applyTextEdits } from './apply-text-edits.ts';
export { positionAt } from './position-at.ts';
export { lexHcl, type TokenStream } from './lex-hcl.ts';
export { T as HclTokenKind, type TokenKind } from './token-kind.ts';
export type * from './types.ts';

/**
 * `lib/hcl/edit`: edit operations on HCL text addressed by block/attribute paths. Each returns
 * minimal TextEdits plus the new text, and verifies before returning: the new text parses (no new
 * syntax error), the edited value decodes to exactly the requested one, and no character outside
 * the edits changed. Failures throw `HclEditError` with a code. Pure: no Node or browser APIs.
 */
export { HclEditError, type HclEditErrorCode } from './hcl-edit-error.ts';
export type {
  HclEditAddress,
  HclEditBlockSpec,
  HclEditExpression,
  HclEditPathStep,
  HclEditResult,
  HclEditValue,
} from './types.ts';
export { formatAddress } from './format-address.ts';
export { resolveAddress, type HclResolvedAddress } from './resolve-address.ts';
export { renderValue, type HclRenderLayout } from './render-value.ts';
export { matchesValue } from './matches-value.ts';
export { verifyEdit, type HclEditCheck } from './verify-edit.ts';
export { setAttribute } from './set-attribute.ts';
export { addAttribute } from './add-attribute.ts';
export { removeAttribute } from './remove-attribute.ts';
export { addNestedBlock } from './add-nested-block.ts';
export { removeNestedBlock } from './remove-nested-block.ts';
export { addResource, type HclNewResource } from './add-resource.ts';
export { removeResource } from './remove-resource.ts';
export { reorderListElements } from './reorder-list-elements.ts';
export { renameResource, type HclFileEdit } from './rename-resource.ts';
export { revertBlock } from './revert-block.ts';

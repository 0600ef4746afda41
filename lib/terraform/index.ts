/**
 * `lib/terraform`: the Terraform module model — blocks, addresses, variables/locals/tfvars,
 * expression evaluation (a subset, with unknowns) and the reference graph. Pure: file access
 * goes through an injected `readFile`.
 */
export { loadModule } from './load-module.ts';
export { updateModuleFile } from './update-module-file.ts';
export { evaluateResource, type TEvaluatedResource } from './evaluate-resource.ts';
export { evaluateAttribute } from './evaluate-attribute.ts';
export { evaluateExpression } from './evaluate-expression.ts';
export { createFileContext } from './create-file-context.ts';
export type { TEvalContext } from './eval-context.ts';
export { findRootModules } from './find-root-modules.ts';
export { findReferencesFrom } from './find-references-from.ts';
export { findUsedBy } from './find-used-by.ts';
export { hashText } from './hash-text.ts';
export { encodeJson } from './encode-json.ts';
export { isUnknownValue, type TConfigValue, type TUnknownValue } from './config-value.ts';
export type * from './types.ts';

/**
 * `lib/import`: generates a Terraform module (current sysdig provider syntax) that adopts live
 * Sysdig Secure objects — the 2018 tutorial's "generate resource definitions from what was created
 * in the UI" tool, for every type. Pure: the server glue reads the snapshot (lib/server-import).
 */
export { generateImportModule } from './generate-import-module.ts';
export { IMPORTABLE_TYPES, TYPES_WITHOUT_IMPORTER } from './importable-types.ts';
export { slugifyName } from './slugify-name.ts';
export { renderString } from './render-string.ts';
export type * from './types.ts';
export { mergeImportFiles } from './merge-import-files.ts';

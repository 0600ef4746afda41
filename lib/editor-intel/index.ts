/**
 * lib/editor-intel — what the code editor knows about Terraform and Falco text, without Monaco:
 * completion, hover docs, go to definition, and diagnostics (browser-side checks, merging with the
 * server's, conversion to markers). Pure: runs in the browser and in unit tests.
 */
export { findCursorContext, type TCursorContext } from './find-cursor-context.ts';
export { listCompletions } from './list-completions.ts';
export { describeHover } from './describe-hover.ts';
export { findDefinition, findReferencedResource } from './find-definition.ts';
export { listDeclaredResources, listKnownResources } from './list-declared-resources.ts';
export { listTypeAttributes, findTypeAttribute } from './list-type-attributes.ts';
export { describeAttribute } from './describe-attribute.ts';
export { describeResourceType } from './describe-resource-type.ts';
export { collectLocalDiagnostics } from './collect-local-diagnostics.ts';
export { selectServerDiagnostics, diagnosticKey } from './merge-diagnostics.ts';
export { toMarker } from './to-marker.ts';
export type * from './types.ts';

import type { TConfigObject, TResourceDefinition } from '../sysdig/index.ts';

/**
 * The live objects an import reads, as the Secure API returns them (bare, unwrapped). Structurally
 * a subset of lib/secure's `TSecureSnapshot`, so a snapshot read by the client can be passed as is;
 * every collection is optional.
 */
export interface TImportSnapshot {
  readonly channels?: readonly unknown[];
  readonly v2Policies?: readonly unknown[];
  readonly rules?: readonly unknown[];
  readonly lists?: readonly unknown[];
  readonly macros?: readonly unknown[];
}

/**
 * A resource the target module already has. Live objects it represents (same API family and natural
 * key) are not generated again; with `address`, generated references point at it.
 */
export interface TExistingResource {
  readonly type: string;
  readonly naturalKey: string;
  readonly address?: string;
}

/** Options of `generateImportModule`. */
export interface TImportOptions {
  readonly existing?: readonly TExistingResource[];
  /** Resource types to generate (e.g. `sysdig_secure_custom_policy`); default every importable type. */
  readonly types?: readonly string[];
  /** Write `versions.tf` (default true; false when the module already requires the sysdig provider). */
  readonly withVersions?: boolean;
}

/** One generated file: path relative to the module folder, and its text (terraform fmt style). */
export interface TImportFile {
  readonly path: string;
  readonly text: string;
}

/** One generated resource and the remote object it adopts. */
export interface TImportedResource {
  readonly address: string;
  readonly type: string;
  /** The remote id (decimal text), as `import { id = … }` takes it. */
  readonly id: string;
}

/** Why a live object was not generated. */
export type TSkipCode =
  | 'already-in-module'
  | 'sysdig-owned'
  | 'template-policy'
  | 'unsupported-policy-type'
  | 'deprecated-rule-type'
  | 'unsupported-rule-type'
  | 'unsupported-channel-type';

/** A live object that was not generated, and why. */
export interface TSkippedObject {
  /** `channel`, `policy`, `rule`, `list` or `macro`. */
  readonly kind: TObjectKind;
  readonly id: string;
  readonly name: string;
  readonly code: TSkipCode;
  readonly reason: string;
}

/** A generated `variable` for one secret attribute of one resource. */
export interface TSecretVariable {
  readonly name: string;
  /** The resource whose attribute it feeds. */
  readonly address: string;
  readonly attribute: string;
  /** Terraform type constraint: `string` or `map(string)`. */
  readonly type: string;
}

/** What `generateImportModule` returns. */
export interface TImportModule {
  readonly files: TImportFile[];
  readonly resources: TImportedResource[];
  readonly skipped: TSkippedObject[];
  /** The sensitive variables generated for secret attributes (values are never part of the module). */
  readonly variables: TSecretVariable[];
}

/** The kinds of live object an import reads. */
export type TObjectKind = 'channel' | 'policy' | 'rule' | 'list' | 'macro';

/** A live object chosen for generation, before it is named. */
export interface TImportCandidate {
  readonly kind: TObjectKind;
  readonly definition: TResourceDefinition;
  readonly id: string;
  readonly live: Record<string, unknown>;
  /** `definition.fromApi(live)`. */
  readonly config: TConfigObject;
}

/** A candidate with its resource name and address. */
export interface TPlannedResource extends TImportCandidate {
  readonly name: string;
  readonly address: string;
}

/** The result of classifying one live object: a resource type to generate, or a skip. */
export type TClassification =
  | { readonly kind: 'import'; readonly type: string }
  | { readonly kind: 'skip'; readonly code: TSkipCode; readonly reason: string };

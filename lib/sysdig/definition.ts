import type { z } from 'zod';
import type { TConfigValue, TUnknownValue } from '../terraform/config-value.ts';

/** A resource's evaluated configuration: attribute name → value (blocks are arrays of objects). */
export type TConfigObject = { [key: string]: TConfigValue };

/** Which provider generation a definition describes (spec §0: SEED 2018 or CURRENT v3.9 / V1.60). */
export type TEra = '2018' | 'current';

/** The API surface a resource type writes to (spec §2, §4). */
export type TApiFamily =
  | 'v1-policy'
  | 'v2-policy'
  | 'notification-channel'
  | 'rule'
  | 'list'
  | 'macro'
  | 'user-rules-file'
  | 'priorities';

/**
 * How an attribute is written in HCL. `block-set` is a nested block stored as a TypeSet (e.g. custom
 * policy `rules`): compared without order, like `set`.
 */
export type TAttributeKind =
  | 'string'
  | 'number'
  | 'bool'
  | 'list'
  | 'set'
  | 'map'
  | 'block-list'
  | 'block-set'
  | 'block-single';

/** Form and validation metadata of one attribute or nested block. */
export interface TAttributeMeta {
  readonly name: string;
  readonly kind: TAttributeKind;
  readonly label: string;
  readonly help: string;
  /** Display order among siblings (ascending). */
  readonly order: number;
  /** Element type of `list`, `set` and `map`. */
  readonly elementKind?: 'string' | 'number' | 'bool';
  readonly enumValues?: readonly string[];
  readonly required: boolean;
  /** The provider's schema default (what an absent attribute means). */
  readonly default?: TConfigValue;
  readonly min?: number;
  readonly max?: number;
  /** Mask in the UI and in logs (provider `Sensitive`, or treated as such by Rampart; see the type module). */
  readonly secret?: boolean;
  /** Changing it replaces the remote object (spec §5.1). */
  readonly forceNew?: boolean;
  /** The value usually references another resource's attribute. */
  readonly reference?: { readonly types: readonly string[]; readonly attribute: 'id' | 'name' };
  /** Sent to the API but never read back (spec §4.6 `send_test_notification`). */
  readonly writeOnly?: boolean;
  /** Set by the provider from the API (e.g. `version`); never written in configuration. */
  readonly computed?: boolean;
  /** Provider `Deprecated` message for the attribute. */
  readonly deprecated?: string;
  /** Nested attributes of a block. */
  readonly attributes?: readonly TAttributeMeta[];
}

/** How toApi resolves references and environment facts. */
export interface TApiRefs {
  /** Resolves `sysdig_secure_notification_channel_email.ops.id` to the remote id, or undefined when unknown. */
  resolveId(address: string): number | undefined;
  /** `GET /api/users/me` → `user.currentTeam` (current-era channels with `share_with_current_team`). */
  readonly currentTeamId?: number;
}

/**
 * The remote object toApi writes to. `id` and `version` turn a create body into an update body
 * (spec §6.1). `live` is the object as last read (the GET body, wrapped or not): priorities merge with
 * its list (§2.4), the user rules file takes its version (§2.3), managed policies and rulesets are
 * built on it (§4.7).
 */
export interface TApiTarget {
  readonly id?: number;
  readonly version?: number;
  readonly live?: unknown;
}

/**
 * An API payload. Anything not known before apply (an unresolved reference, the current team, the
 * rules of a managed policy that is not read yet) is the TUnknownValue marker
 * `{ $unknown: true, references, expression }` at that position: the plan shows it as
 * "known after apply"; `findUnresolved` lists them; such a payload must not be sent.
 */
export type TApiPayload = unknown;

/** A deprecation of a whole resource type. */
export interface TDeprecation {
  readonly replacedBy: readonly string[];
  readonly message: string;
}

/** Everything Rampart knows about one Sysdig resource type (one schema generation of it). */
export interface TResourceDefinition {
  readonly type: string;
  /** Distinguishes the two `sysdig_secure_policy` generations: `'2018'` or `'v1.60'`; else equals `era`. */
  readonly variant: string;
  readonly era: TEra;
  readonly apiFamily: TApiFamily;
  readonly deprecated?: TDeprecation;
  /** One line for lists and tooltips. */
  readonly description: string;
  /** Configuration schema with the provider's defaults, enums, bounds and cross-field rules. */
  readonly schema: z.ZodType<TConfigObject, TConfigObject>;
  readonly attributes: readonly TAttributeMeta[];
  /**
   * The exact request body: keys in Go struct order, Go `omitempty` honoured, so JSON.stringify gives
   * the provider's body (use `toGoJson` for Go's `<`/`>`/`&` escaping too). Pure: no I/O.
   * @throws AppError('INVALID_INPUT') when `config` does not pass `schema`.
   */
  toApi(config: TConfigObject, refs: TApiRefs, target?: TApiTarget): TApiPayload;
  /** Configuration from an API object (wrapped or bare), following the provider's Read mapping. */
  fromApi(object: unknown): TConfigObject;
  /** Canonical form for diffing (spec §5.2); idempotent. Never throws. */
  canonical(config: TConfigObject): TConfigObject;
  /** Top-level attributes whose change replaces the object (spec §5.1). */
  readonly forceNew: readonly string[];
  /** Top-level attributes to mask. */
  readonly sensitive: readonly string[];
  /** Attributes the provider's Read never refreshes: terraform plan never shows drift on them (spec §2). */
  readonly notRefreshed: readonly string[];
  /** Identity used to adopt an unbound object (usually its name; singletons return a constant). */
  naturalKey(config: TConfigObject): string;
  /** True for objects of which a backend holds exactly one (user rules file, priorities). */
  readonly singleton: boolean;
  /** Resource types that must be applied before this one. */
  readonly dependsOnTypes: readonly string[];
  /** Apply rank: channels 10 < lists 20 < macros 30 < rules 40 < policies 50 < priorities 60. */
  readonly applyOrder: number;
}

/** One validation finding, with a stable code. */
export interface TValidationIssue {
  readonly code:
    | 'unknown-attribute'
    | 'missing-required'
    | 'invalid-type'
    | 'invalid-enum'
    | 'out-of-range'
    | 'deprecated-type'
    | 'invalid-regex'
    | 'invalid-json'
    | 'secret-literal'
    | 'invalid-value';
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** Path like `actions[0].capture[0].name`; `''` for the resource itself. */
  readonly attribute: string;
  readonly hint?: string;
}

/** Re-export for callers that only import the registry. */
export type { TConfigValue, TUnknownValue };

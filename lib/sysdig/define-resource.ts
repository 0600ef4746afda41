import type { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { canonicalizeObject } from './canonicalize.ts';
import { namesWhere } from './attribute-meta.ts';
import type {
  TApiFamily,
  TApiRefs,
  TApiTarget,
  TAttributeMeta,
  TConfigObject,
  TDeprecation,
  TEra,
  TResourceDefinition,
} from './definition.ts';
import { asConfigSchema, isUnknown, withoutNulls } from './schema-helpers.ts';

/** What a resource module declares; `defineResource` derives the rest of the definition. */
export interface TResourceSpec {
  readonly type: string;
  readonly variant?: string;
  readonly era: TEra;
  readonly apiFamily: TApiFamily;
  readonly deprecated?: TDeprecation;
  readonly description: string;
  readonly schema: z.ZodType;
  readonly attributes: readonly TAttributeMeta[];
  /** Builds the payload from the parsed configuration (defaults filled). */
  build(config: TConfigObject, refs: TApiRefs, target: TApiTarget): unknown;
  /** The provider's Read mapping. */
  decode(object: unknown): TConfigObject;
  /** Type-specific canonicalisation after the generic pass; must be idempotent. */
  canonicalHook?(canonical: TConfigObject): TConfigObject;
  naturalKey?(config: TConfigObject): string;
  readonly singleton?: boolean;
  readonly notRefreshed?: readonly string[];
  readonly dependsOnTypes: readonly string[];
  readonly applyOrder: number;
}

/** Turns a resource module's spec into a registry definition. */
export function defineResource(spec: TResourceSpec): TResourceDefinition {
  const schema = asConfigSchema(spec.schema);
  return {
    type: spec.type,
    variant: spec.variant ?? spec.era,
    era: spec.era,
    apiFamily: spec.apiFamily,
    ...(spec.deprecated ? { deprecated: spec.deprecated } : {}),
    description: spec.description,
    schema,
    attributes: spec.attributes,
    toApi(config: TConfigObject, refs: TApiRefs, target: TApiTarget = {}) {
      const parsed = schema.safeParse(withoutNulls(config));
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = first ? first.path.join('.') : '';
        throw new AppError('INVALID_INPUT', {
          message: `${spec.type}: invalid configuration${where ? ` at ${where}` : ''}: ${first?.message ?? 'unknown error'}`,
        });
      }
      return spec.build(parsed.data, refs, target);
    },
    fromApi: (object: unknown) => spec.decode(object),
    canonical(config: TConfigObject) {
      const base = canonicalizeObject(withoutNulls(config), spec.attributes);
      return spec.canonicalHook ? spec.canonicalHook(base) : base;
    },
    forceNew: namesWhere(spec.attributes, 'forceNew'),
    sensitive: namesWhere(spec.attributes, 'secret'),
    notRefreshed: spec.notRefreshed ?? [],
    naturalKey: spec.naturalKey ?? nameKey,
    singleton: spec.singleton ?? false,
    dependsOnTypes: spec.dependsOnTypes,
    applyOrder: spec.applyOrder,
  };
}

/** `config.name` as text (an unknown name gives its expression). */
function nameKey(config: TConfigObject): string {
  const name = config.name;
  if (typeof name === 'string') return name;
  if (isUnknown(name)) return name.expression;
  return String(name ?? '');
}

import { array, record } from '../sysdig/api-read.ts';
import { getResourceType, getResourceVariants } from '../sysdig/index.ts';
import { classifyChannel } from './classify-channel.ts';
import { classifyPolicy } from './classify-policy.ts';
import { classifyFalcoContent } from './classify-falco-content.ts';
import { classifyRule } from './classify-rule.ts';
import type {
  TClassification,
  TImportCandidate,
  TImportOptions,
  TImportSnapshot,
  TObjectKind,
  TSkippedObject,
} from './types.ts';

/** What `collectImportCandidates` returns. */
export interface TCollectedCandidates {
  readonly candidates: TImportCandidate[];
  readonly skipped: TSkippedObject[];
  /** Existing resources (with an address) that represent live objects: `family:id` → address. */
  readonly existingById: Map<string, string>;
  /** Existing resources (with an address) by `family:natural key`. */
  readonly existingByKey: Map<string, string>;
}

const SOURCES: readonly {
  kind: TObjectKind;
  field: keyof TImportSnapshot;
  classify: (object: Record<string, unknown>) => TClassification;
}[] = [
  { kind: 'channel', field: 'channels', classify: classifyChannel },
  { kind: 'policy', field: 'v2Policies', classify: classifyPolicy },
  {
    kind: 'list',
    field: 'lists',
    classify: (object) => classifyFalcoContent(object, 'sysdig_secure_list'),
  },
  {
    kind: 'macro',
    field: 'macros',
    classify: (object) => classifyFalcoContent(object, 'sysdig_secure_macro'),
  },
  { kind: 'rule', field: 'rules', classify: classifyRule },
];

/**
 * Sorts every live object of the snapshot into a candidate for generation (with its definition and
 * Read-mapped configuration) or a skip with its reason: by classification, then by `options.types`
 * (objects of other types are left out silently; skips are reported only for kinds a requested type
 * belongs to), then by `options.existing` (same API family and natural key → `already-in-module`).
 * Objects without a numeric id are ignored. Deterministic; pure.
 */
export function collectImportCandidates(
  snapshot: TImportSnapshot,
  options: TImportOptions,
): TCollectedCandidates {
  const wanted = options.types ? new Set(options.types) : undefined;
  const existing = new Map<string, string | undefined>();
  for (const item of options.existing ?? [])
    for (const variant of getResourceVariants(item.type))
      existing.set(`${variant.apiFamily}:${item.naturalKey}`, item.address);
  const candidates: TImportCandidate[] = [];
  const skipped: TSkippedObject[] = [];
  const existingById = new Map<string, string>();
  const existingByKey = new Map<string, string>();
  for (const source of SOURCES) {
    const objects = array(snapshot[source.field]).map(record);
    const isKindWanted = !wanted || [...wanted].some((type) => kindOfType(type) === source.kind);
    for (const live of [...objects].sort((a, b) => Number(a.id) - Number(b.id))) {
      if (typeof live.id !== 'number') continue;
      const id = String(live.id);
      const name = typeof live.name === 'string' ? live.name : '';
      const result = source.classify(live);
      if (result.kind === 'skip') {
        if (isKindWanted)
          skipped.push({ kind: source.kind, id, name, code: result.code, reason: result.reason });
        continue;
      }
      if (wanted && !wanted.has(result.type)) continue;
      const definition = getResourceType(result.type);
      if (!definition) continue;
      const config = definition.fromApi(live);
      const key = `${definition.apiFamily}:${definition.naturalKey(config)}`;
      if (existing.has(key)) {
        const address = existing.get(key);
        if (address) {
          existingById.set(`${definition.apiFamily}:${id}`, address);
          existingByKey.set(key, address);
        }
        skipped.push({
          kind: source.kind,
          id,
          name,
          code: 'already-in-module',
          reason: `already in the module${address ? ` as ${address}` : ''} (same name)`,
        });
        continue;
      }
      candidates.push({ kind: source.kind, definition, id, live, config });
    }
  }
  return { candidates, skipped, existingById, existingByKey };
}

function kindOfType(type: string): TObjectKind | undefined {
  const family = getResourceType(type)?.apiFamily;
  switch (family) {
    case 'notification-channel':
      return 'channel';
    case 'v2-policy':
      return 'policy';
    case 'rule':
    case 'list':
    case 'macro':
      return family;
    default:
      return undefined;
  }
}

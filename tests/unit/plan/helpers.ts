import {
  getResourceType,
  type TApiRefs,
  type TConfigObject,
  type TResourceDefinition,
} from '@/lib/sysdig/index.ts';
import {
  emptyLiveSnapshot,
  type TBindings,
  type TDesiredResource,
  type TLiveSnapshot,
} from '@/lib/plan/index.ts';
import { MANAGED_POLICY } from './samples.ts';

/** A reference value as lib/terraform produces it. */
export function ref(traversal: string) {
  return { $unknown: true as const, references: [traversal], expression: traversal };
}

/** A desired resource at `type.name`. */
export function desired(type: string, name: string, config: TConfigObject): TDesiredResource {
  return { address: `${type}.${name}`, type, name, config };
}

/** The registry definition of a desired resource. */
export function definitionOf(resource: TDesiredResource): TResourceDefinition {
  const definition = getResourceType(resource.type, resource.config);
  if (!definition) throw new Error(`no definition for ${resource.type}`);
  return definition;
}

const WRAPPERS = ['policy', 'notificationChannel', 'priorities', 'userRulesFile'];

function unwrap(payload: unknown): Record<string, unknown> {
  const record = payload as Record<string, unknown>;
  const keys = Object.keys(record);
  return keys.length === 1 && WRAPPERS.includes(keys[0] ?? '')
    ? { ...(record[keys[0] ?? ''] as Record<string, unknown>) }
    : { ...record };
}

/**
 * What the local Secure backend stores for a write body (spec §4, §7 emulator rules): unwrapped,
 * with `id`, `version`, timestamps and server-owned fields; rules with priority UPPERCASE and
 * `details.description`; v2 policies with `rules`/`ruleNames` derived; channels never persisting
 * `sendTestNotification`.
 */
export function serverEcho(
  family: string,
  payload: unknown,
  id: number,
  version = 1,
): Record<string, unknown> {
  const object = unwrap(payload);
  const stamps = { createdOn: 1_700_000_000_000, modifiedOn: 1_700_000_000_000 + version };
  switch (family) {
    case 'rule': {
      const details = { ...(object.details as Record<string, unknown>) };
      details.append = details.append === true;
      delete details.allInbound;
      delete details.allOutbound;
      if (typeof details.priority === 'string') details.priority = details.priority.toUpperCase();
      details.description = typeof object.description === 'string' ? object.description : '';
      return {
        ...object,
        id,
        version,
        ...stamps,
        origin: 'Secure UI',
        versionId: '0.0.0',
        filename: 'falco_rules_local.yaml',
        details,
        tags: Array.isArray(object.tags) ? object.tags : [],
      };
    }
    case 'v2-policy': {
      const rules = Array.isArray(object.rules)
        ? (object.rules as { ruleName: string; enabled: boolean }[])
        : Array.isArray(object.ruleNames)
          ? (object.ruleNames as string[]).map((ruleName) => ({ ruleName, enabled: true }))
          : [];
      return {
        ...object,
        id,
        version,
        ...stamps,
        isDefault: object.isDefault === true,
        rules,
        ruleNames: rules.map((rule) => rule.ruleName),
        type: typeof object.type === 'string' && object.type !== '' ? object.type : 'falco',
        origin: 'Secure UI',
        versionId: '0.0.0',
      };
    }
    case 'notification-channel': {
      const options = { notifyOnOk: false, notifyOnResolve: false, ...(object.options as object) };
      return {
        ...object,
        id,
        version,
        ...stamps,
        options: { ...options, sendTestNotification: false },
      };
    }
    case 'v1-policy':
      return {
        ...object,
        id,
        version,
        ...stamps,
        falcoConfiguration: {
          fields: [],
          onDefault: 'DEFAULT_MATCH_EFFECT_NEXT',
          ...(object.falcoConfiguration as object),
        },
        policyEventsCount: 0,
        isManual: true,
        isBuiltin: false,
      };
    case 'priorities':
      return { ...object, version, ...stamps };
    case 'user-rules-file':
      return { ...object, version };
    default:
      return { ...object, id, version, ...stamps, origin: 'Secure UI' };
  }
}

/** A fake Secure backend: a live snapshot that apply steps write into. */
export class FakeSecure {
  readonly live: TLiveSnapshot = emptyLiveSnapshot();
  private nextId = 1000;

  /** With `isSeeded`, holds a managed policy (id 5) and a v1 policy order, like the seeded backend. */
  constructor(isSeeded = false) {
    if (!isSeeded) return;
    this.live.objects['v2-policy']['5'] = structuredClone(MANAGED_POLICY);
    this.live.priorities = { policyIds: [14, 12], version: 1 };
    this.live.currentTeamId = 10001;
  }

  /** Stores `resource` as the backend would after a create or update; returns the stored object and its id. */
  write(
    resource: TDesiredResource,
    refs: TApiRefs,
    existingId?: string,
  ): { id: string; object: Record<string, unknown> } {
    const definition = definitionOf(resource);
    const family = definition.apiFamily;
    const managed =
      resource.type === 'sysdig_secure_managed_policy'
        ? Object.entries(this.live.objects['v2-policy']).find(
            ([, object]) =>
              (object as { isDefault?: boolean }).isDefault === true &&
              (object as { name?: string }).name === resource.config.name,
          )
        : undefined;
    if (managed) existingId = managed[0];
    const current = this.current(family, existingId);
    const version = current ? Number((current as { version?: number }).version ?? 0) + 1 : 1;
    const id =
      existingId && family !== 'priorities' && family !== 'user-rules-file'
        ? Number(existingId)
        : this.nextId++;
    const target: Record<string, unknown> = {};
    if (current !== undefined) target.live = current;
    if (resource.type === 'sysdig_secure_managed_ruleset')
      target.live = this.live.objects['v2-policy']['5'];
    if (current !== undefined && family !== 'priorities' && family !== 'user-rules-file') {
      target.id = id;
      target.version = version - 1;
    }
    const payload = definition.toApi(resource.config, refs, target);
    const object = serverEcho(family, payload, id, version);
    if (family === 'priorities') this.live.priorities = object;
    else if (family === 'user-rules-file') this.live.userRulesFile = object;
    else this.live.objects[family][String(id)] = object;
    return {
      id: family === 'priorities' || family === 'user-rules-file' ? String(version) : String(id),
      object,
    };
  }

  /** Deletes an object. */
  remove(family: string, id: string): void {
    if (family === 'priorities') return;
    if (family === 'user-rules-file') {
      this.live.userRulesFile = { content: '', version: 99 };
      return;
    }
    delete this.live.objects[family as keyof TLiveSnapshot['objects']][id];
  }

  private current(family: string, id?: string): unknown {
    if (family === 'priorities') return this.live.priorities;
    if (family === 'user-rules-file') return this.live.userRulesFile;
    return id === undefined
      ? undefined
      : this.live.objects[family as keyof TLiveSnapshot['objects']][id];
  }
}

/** Refs resolving `<address>.id` from bindings. */
export function refsFromBindings(bindings: TBindings, currentTeamId?: number): TApiRefs {
  return {
    resolveId: (traversal: string) => {
      const address = traversal.replace(/\.id$/, '');
      const id = bindings[address]?.id;
      return id !== undefined && /^\d+$/.test(id) ? Number(id) : undefined;
    },
    ...(currentTeamId === undefined ? {} : { currentTeamId }),
  };
}

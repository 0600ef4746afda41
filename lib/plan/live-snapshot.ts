import { z } from 'zod';

/** API families whose objects are read as collections keyed by id (spec §7). */
export const LIVE_COLLECTIONS = [
  'v1-policy',
  'v2-policy',
  'notification-channel',
  'rule',
  'list',
  'macro',
] as const;

/** One of LIVE_COLLECTIONS. */
export type TLiveCollection = (typeof LIVE_COLLECTIONS)[number];

const ZObjectsById = z.record(z.string(), z.unknown());

/**
 * The live state a plan reads, normalised: per API family, the objects read from Secure (bare, as
 * the GET or list endpoints return them, unwrapped) keyed by their id in decimal text; plus the SEED
 * singletons (the v1 `priorities` object and the `userRulesFile` object, absent when not read) and
 * the API user's current team id (`GET /api/users/me`). An id absent from its family means the
 * object does not exist (a 404): rules, lists and macros have no list endpoint, so the caller reads
 * every bound id and every name it wants to adopt (spec §4.3–4.5).
 */
export const ZLiveSnapshot = z.object({
  objects: z.object({
    'v1-policy': ZObjectsById,
    'v2-policy': ZObjectsById,
    'notification-channel': ZObjectsById,
    rule: ZObjectsById,
    list: ZObjectsById,
    macro: ZObjectsById,
  }),
  priorities: z.unknown().optional(),
  userRulesFile: z.unknown().optional(),
  currentTeamId: z.number().int().nullable().optional(),
});

/** The normalised live snapshot (see ZLiveSnapshot). */
export type TLiveSnapshot = z.infer<typeof ZLiveSnapshot>;

/** One binding: the remote object an address manages, and what was applied and read back last. */
export const ZBinding = z.object({
  id: z.string(),
  type: z.string(),
  /** `definition.canonical(config)` of the configuration applied last (references resolved). */
  lastApplied: z.unknown().optional(),
  /** `definition.canonical(definition.fromApi(object))` of the object read back after that apply. */
  lastLive: z.unknown().optional(),
});

/** A binding (see ZBinding). */
export type TBinding = z.infer<typeof ZBinding>;

/** Terraform-state-like map: resource address → binding (DESIGN §1). */
export const ZBindings = z.record(z.string(), ZBinding);

/** The bindings of one (workspace, backend). */
export type TBindings = z.infer<typeof ZBindings>;

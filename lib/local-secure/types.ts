import 'server-only';

/** A JSON object as stored and echoed by the local backend (unknown fields are kept). */
export type TJsonObject = Record<string, unknown>;

/**
 * Behaviours the spec leaves UNVERIFIED (spec §11), switchable at runtime so tests and demos can
 * reproduce either reading of the real service.
 */
export interface TLocalSecureSwitches {
  /** §2.4/§11.3: add a new v1 policy to the priorities list. `false` = 2018 behaviour. */
  autoAppendV1PolicyToPriorities: boolean;
  /** §11.3: DELETE /api/policies/{id} also removes the id from priorities. */
  removeDeletedV1PolicyFromPriorities: boolean;
  /** §2.2/§11.11: GET /api/notificationChannels/{id} of a missing id → 200 {"notificationChannel":null}. */
  missingChannelReturnsNull: boolean;
  /** §6.2/§11.2: check Falco conditions for balanced parentheses. */
  validateConditions: boolean;
  /** §6.2/§11.2: status of a Falco validation failure (400 or 422). */
  conditionValidationStatus: 400 | 422;
  /** §6.1/§11.1: answer 409 when an update carries a stale `version`. */
  conflictOnStaleVersion: boolean;
  /** §11.1: reject updates without `version` (400). Default lenient. */
  requireVersionOnUpdate: boolean;
  /** §11.10: reject v2 policies naming rules that do not exist (400). */
  rejectUnknownRuleNames: boolean;
  /** §4.3 (2026): reject deprecated list-matching rule types (CONTAINER, PROCESS, …) with 400. */
  rejectListMatchingRuleTypes: boolean;
  /** §4.3 (#733): add a LOAD_NO_EVTTYPE warning to FALCO rules whose condition has no evt.type. */
  emitRuleWarnings: boolean;
  /** §7 #20: status of DELETE /api/v2/policies/{id} (204, or 200). */
  v2PolicyDeleteStatus: 200 | 204;
  /** §11.5: default page size of list endpoints without `limit`; `null` returns everything. */
  defaultListLimit: number | null;
}

/** One fault-injection rule (admin endpoint `POST {basePath}/_admin/faults`). */
export interface TFaultRule {
  /** Assigned by the backend. */
  id: number;
  /** Only requests with this method (case-insensitive). */
  method?: string;
  /** A regular expression tested against the path (after the base path is stripped). */
  pathPattern?: string;
  /** Skip this many matching requests before the fault starts. */
  afterCount?: number;
  /** Fire at most this many times; unlimited when absent. */
  times?: number;
  /** Fire with this probability (0..1); always when absent. */
  rate?: number;
  /** Delay before answering (applies even when no status is set). */
  latencyMs?: number;
  /** Destroy the connection instead of answering (503 with a note when the host cannot). */
  drop?: boolean;
  /** Answer with this status instead of handling the request. */
  status?: number;
  /** `Retry-After` header (seconds) on the injected answer. */
  retryAfter?: number;
  /** Error body shape of the injected answer (spec §6.2); default by status. */
  bodyShape?: 'errors' | 'spring' | 'message' | 'details' | 'text';
  /** Message text used in the injected body. */
  message?: string;
  /** Counters kept by the backend. */
  matched?: number;
  fired?: number;
}

/** One entry of the request log. */
export interface TRequestLogEntry {
  method: string;
  path: string;
  status: number;
  /** Epoch ms when the request arrived. */
  time: number;
  durationMs: number;
}

/** The persisted state of the emulator (one JSON file). */
export interface TLocalSecureData {
  schemaVersion: 1;
  nextId: number;
  user: TJsonObject;
  v1Policies: TJsonObject[];
  priorities: TJsonObject;
  userRulesFile: TJsonObject;
  channels: TJsonObject[];
  v2Policies: TJsonObject[];
  rules: TJsonObject[];
  lists: TJsonObject[];
  macros: TJsonObject[];
  forwardPolicyV2MsgCount: number;
}

/** Names of the id-keyed collections. */
export type TCollectionName =
  'v1Policies' | 'channels' | 'v2Policies' | 'rules' | 'lists' | 'macros';

/** Thrown by `handle` when a fault asks to drop the connection and the host can do it. */
export class LocalSecureDropError extends Error {
  constructor() {
    super('local Secure: connection dropped by fault injection');
    this.name = 'LocalSecureDropError';
  }
}

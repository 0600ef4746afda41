const WRAPPERS = ['policy', 'notificationChannel', 'priorities', 'userRulesFile'];

/** The inner object of a wrapped API payload (`{"policy": {...}}` → `{...}`); the client re-wraps. */
export function unwrapPayload(payload: unknown): Record<string, unknown> {
  if (typeof payload !== 'object' || payload === null) return {};
  const record = payload as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && WRAPPERS.includes(keys[0]!)) return unwrapPayload(record[keys[0]!]);
  return record;
}

import type { z } from 'zod';

/** API types the SEED provider accepts (checked at apply time, spec §2.2). */
export const LEGACY_CHANNEL_API_TYPES = [
  'EMAIL',
  'SNS',
  'OPSGENIE',
  'VICTOROPS',
  'WEBHOOK',
  'SLACK',
  'PAGER_DUTY',
] as const;

/** Per-type required attributes, in the order the SEED provider checks them. */
export const LEGACY_CHANNEL_REQUIRED: Record<
  (typeof LEGACY_CHANNEL_API_TYPES)[number],
  readonly string[]
> = {
  EMAIL: ['recipients'],
  SNS: ['topics'],
  OPSGENIE: ['api_key'],
  VICTOROPS: ['api_key', 'routing_key'],
  WEBHOOK: ['url'],
  SLACK: ['url', 'channel'],
  PAGER_DUTY: ['account', 'service_key', 'service_name'],
};

/** SEED OPSGENIE channels send this URL with the api_key appended (spec §2.2). */
export const OPSGENIE_URL = 'https://api.opsgenie.com/v1/json/sysdigcloud?apiKey=';

/**
 * The SEED provider's Create/Update checks (spec §2.2), with its exact messages: the type must be
 * known (case-insensitive) and the per-type fields set. Skipped while `type` is unknown.
 */
export function checkLegacyChannel(
  config: Record<string, unknown>,
  context: z.core.$RefinementCtx,
): void {
  if (typeof config.type !== 'string') return;
  const type = config.type.toUpperCase() as (typeof LEGACY_CHANNEL_API_TYPES)[number];
  const required = LEGACY_CHANNEL_REQUIRED[type];
  if (!required) {
    context.addIssue({
      code: 'custom',
      path: ['type'],
      message: `error type not recognized, must be one of the following: [${LEGACY_CHANNEL_API_TYPES.join(' ')}]`,
      params: {
        code: 'invalid-enum',
        hint: `Use one of ${LEGACY_CHANNEL_API_TYPES.join(', ')} (case-insensitive).`,
      },
    });
    return;
  }
  for (const field of required) {
    const value = config[field];
    if (value === undefined || value === '') {
      context.addIssue({
        code: 'custom',
        path: [field],
        message: `the '${field}' field must be set when the type of the notification channel is ${type}`,
        params: {
          code: 'missing-required',
          hint: `Add ${field} = "…" (the provider only checks this at apply time).`,
        },
      });
    }
  }
}

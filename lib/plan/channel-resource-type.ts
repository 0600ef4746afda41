import { CHANNEL_API_TYPES } from './channel-api-type.ts';

/** The current-era resource type for an API channel `type` (for import suggestions). */
export function channelResourceType(apiType: string): string | undefined {
  return Object.entries(CHANNEL_API_TYPES).find(([, value]) => value === apiType)?.[0];
}

import { z } from 'zod';
import { flag, integer } from '../api-read.ts';
import { attribute } from '../attribute-meta.ts';
import { defineChannel } from '../channel-common.ts';
import { zBool, zInt } from '../schema-helpers.ts';
import { resolveIdValue } from '../unresolved.ts';

/** Type-specific schema of `sysdig_secure_notification_channel_team_email`. */
export const ZSecureNotificationChannelTeamEmail = z.strictObject({
  team_id: zInt(),
  include_admin_users: zBool().default(false),
});

/** Parsed type-specific configuration of the team email channel. */
export type TSecureNotificationChannelTeamEmail = z.infer<
  typeof ZSecureNotificationChannelTeamEmail
>;

/** `sysdig_secure_notification_channel_team_email` (API type TEAM_EMAIL): emails a team's members. */
export const secureNotificationChannelTeamEmail = defineChannel({
  type: 'sysdig_secure_notification_channel_team_email',
  apiType: 'TEAM_EMAIL',
  description: 'Emails Secure events to the members of a team.',
  shape: ZSecureNotificationChannelTeamEmail.shape,
  attributes: [
    attribute('team_id', 'number', {
      help: 'Team whose members are emailed.',
      required: true,
      reference: { types: ['sysdig_secure_team'], attribute: 'id' },
    }),
    attribute('include_admin_users', 'bool', { help: 'Also email team admins.', default: false }),
  ],
  buildOptions: (config, refs) => {
    const teamId = config.team_id === undefined ? 0 : resolveIdValue(config.team_id, refs);
    return {
      teamId: teamId === 0 ? undefined : teamId,
      includeAdminUsers: config.include_admin_users,
    };
  },
  decodeOptions: (options) => ({
    team_id: integer(options.teamId),
    include_admin_users: flag(options.includeAdminUsers),
  }),
});

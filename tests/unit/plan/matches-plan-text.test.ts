import { describe, expect, it } from 'vitest';
import { matchesPlanText, type TSearchableChange } from '@/lib/plan/matches-plan-text';

const change: TSearchableChange = {
  address: 'sysdig_secure_notification_channel_slack.secops',
  type: 'sysdig_secure_notification_channel_slack',
  name: 'secops',
  file: 'current/notification_channels.tf',
  attributes: [
    { path: 'channel', label: 'Channel', before: null, after: '#secops', isSensitive: false },
    {
      path: 'url',
      label: 'Webhook URL',
      before: null,
      after: 'https://hooks.slack.example.com/T000/B000/XXXX',
      isSensitive: true,
    },
    { path: 'severity', label: 'Severity', before: 2, after: 5, isSensitive: false },
  ],
};

describe('matchesPlanText', () => {
  it('[plan] matches address, type, name, file, field labels and shown values, case-insensitively', () => {
    for (const query of [
      '',
      '  ',
      'SLACK',
      'secops',
      'notification_channels.tf',
      'webhook url',
      '#secops',
      '5',
      'slack severity',
    ])
      expect(matchesPlanText(change, query), query).toBe(true);
  });

  it('[plan] every word must match; a sensitive value is never searched', () => {
    expect(matchesPlanText(change, 'slack policy')).toBe(false);
    expect(matchesPlanText(change, 'hooks.slack.example.com')).toBe(false);
    expect(matchesPlanText(change, 'XXXX')).toBe(false);
  });
});

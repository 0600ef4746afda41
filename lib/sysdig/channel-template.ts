import { array, record, text } from './api-read.ts';
import { attribute } from './attribute-meta.ts';
import type { TAttributeMeta, TConfigObject } from './definition.ts';
import { isUnknown } from './schema-helpers.ts';

/** Metadata of `template_version` (Slack and MS Teams channels). */
export const templateVersionAttribute: TAttributeMeta = attribute('template_version', 'string', {
  help: 'Message template version.',
  enumValues: ['v1', 'v2'],
});

/**
 * `options.templateConfiguration` for a template version (spec §4.6): one configuration with key
 * `<prefix>_v1|_v2` and the SECURE_EVENT_NOTIFICATION_CONTENT section shown. Undefined when unset.
 */
export function buildTemplateConfiguration(prefix: string, version: unknown): unknown {
  if (isUnknown(version))
    return [
      {
        templateKey: version,
        templateConfigurationSections: [
          { sectionName: 'SECURE_EVENT_NOTIFICATION_CONTENT', shouldShow: true },
        ],
      },
    ];
  if (version !== 'v1' && version !== 'v2') return undefined;
  return [
    {
      templateKey: `${prefix}_${version}`,
      templateConfigurationSections: [
        { sectionName: 'SECURE_EVENT_NOTIFICATION_CONTENT', shouldShow: true },
      ],
    },
  ];
}

/** Read mapping: a templateKey ending in `_v2` is "v2", any other is "v1"; nothing when absent. */
export function decodeTemplateVersion(options: Record<string, unknown>): TConfigObject {
  const first = array(options.templateConfiguration)[0];
  if (first === undefined) return {};
  return { template_version: text(record(first).templateKey).endsWith('_v2') ? 'v2' : 'v1' };
}

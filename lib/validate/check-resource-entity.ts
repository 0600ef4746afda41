import type { TConfigObject } from '../sysdig/definition.ts';
import { getResourceType, isSysdigType } from '../sysdig/registry.ts';
import { validateResourceConfig } from '../sysdig/validate-resource-config.ts';
import type { TConfigValue } from '../terraform/config-value.ts';
import { evaluateResource } from '../terraform/evaluate-resource.ts';
import type { TEntity, TModule } from '../terraform/types.ts';
import { locateAttribute } from './locate-attribute.ts';
import type { TDesiredConfig, TValidatedResource, TValidationDiagnostic } from './types.ts';

/** What {@link checkResourceEntity} finds about one resource. */
export interface TResourceEntityCheck {
  /** Its evaluated configuration; null when it nests too deeply to evaluate. */
  config: Record<string, TConfigValue> | null;
  diagnostics: TValidationDiagnostic[];
  /** Its line in the report's resource list. */
  summary: TValidatedResource;
  /** Its configuration as the plan consumes it (a Sysdig type that could be evaluated). */
  desired?: TDesiredConfig;
}

/**
 * One resource's own checks: its evaluation (diagnostics other than the `count-zero` info) and,
 * for a Sysdig type, its configuration against the registry (unknown attributes, types, required,
 * enums, ranges, deprecated types). A block containing a syntax error (`syntaxErrorOffsets` of its
 * file) is judged by that error alone. Also gives its entries of the report: its summary (with its
 * provider era) and, for a Sysdig type, its desired configuration. Pure; never throws.
 */
export function checkResourceEntity(
  terraformModule: TModule,
  entity: TEntity,
  syntaxErrorOffsets: readonly number[] | undefined,
): TResourceEntityCheck {
  const evaluated = evaluateSafely(terraformModule, entity);
  if (!evaluated) {
    return {
      config: null,
      summary: summaryOf(entity, undefined),
      diagnostics: [
        {
          severity: 'error',
          code: 'nesting-too-deep',
          message: `${entity.address} nests expressions too deeply to evaluate; flatten it`,
          file: entity.file,
          line: entity.range.line,
          column: entity.range.column,
          address: entity.address,
        },
      ],
    };
  }
  const diagnostics: TValidationDiagnostic[] = evaluated.diagnostics.filter(
    (d) => d.severity !== 'info' || d.code !== 'count-zero',
  );
  const { config } = evaluated;
  const summary = summaryOf(entity, config);
  const desired: TDesiredConfig | undefined = isSysdigType(entity.type)
    ? {
        address: entity.address,
        type: entity.type,
        name: entity.name,
        config,
        file: entity.file,
        line: entity.range.line,
      }
    : undefined;
  // A block with a syntax error is judged by that error alone: its half-parsed attributes would
  // only add misleading follow-up findings.
  if (
    !isSysdigType(entity.type) ||
    syntaxErrorOffsets?.some((offset) => offset >= entity.range.start && offset <= entity.range.end)
  )
    return { config, diagnostics, summary, ...(desired ? { desired } : {}) };
  for (const issue of validateResourceConfig(entity.type, config as TConfigObject)) {
    const range = locateAttribute(entity.block, issue.attribute);
    diagnostics.push({
      severity: issue.code === 'deprecated-type' ? 'info' : issue.severity,
      code: issue.code,
      message: issue.message,
      file: entity.file,
      line: issue.attribute ? range.line : entity.range.line,
      column: issue.attribute ? range.column : entity.range.column,
      address: entity.address,
      ...(issue.attribute ? { attribute: issue.attribute } : {}),
      ...(issue.hint ? { hint: hintFor(issue, entity.type, config) } : {}),
    });
  }
  return { config, diagnostics, summary, ...(desired ? { desired } : {}) };
}

function summaryOf(
  entity: TEntity,
  config: Record<string, TConfigValue> | undefined,
): TValidatedResource {
  const definition = getResourceType(entity.type, config as TConfigObject | undefined);
  return {
    address: entity.address,
    type: entity.type,
    name: entity.name,
    file: entity.file,
    line: entity.range.line,
    era: !definition ? 'other' : definition.era === '2018' ? '2018' : 'current',
  };
}

// A pathological expression can exhaust the JS stack during evaluation: report, never crash.
function evaluateSafely(
  terraformModule: TModule,
  entity: { address: string },
): ReturnType<typeof evaluateResource> | null {
  try {
    return evaluateResource(terraformModule, entity.address);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

// The generic 2018 channel's replacement follows from its `type`: name that one, not all ten.
function hintFor(
  issue: { code: string; hint?: string },
  type: string,
  config: Record<string, TConfigValue>,
): string {
  if (
    issue.code === 'deprecated-type' &&
    type === 'sysdig_secure_notification_channel' &&
    typeof config.type === 'string'
  ) {
    const suffix =
      config.type.toLowerCase() === 'pager_duty' ? 'pagerduty' : config.type.toLowerCase();
    return `Use sysdig_secure_notification_channel_${suffix} instead.`;
  }
  return issue.hint ?? '';
}

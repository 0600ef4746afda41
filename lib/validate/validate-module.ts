import { resolveRuleSources } from '../falco/resolve-rule-sources.ts';
import { DEFAULT_RULE_NAMES } from '../sysdig/default-rule-names.ts';
import type { TConfigObject } from '../sysdig/definition.ts';
import { getResourceType, isSysdigType } from '../sysdig/registry.ts';
import { validateProviderConfig } from '../sysdig/validate-provider-config.ts';
import { validateResourceConfig } from '../sysdig/validate-resource-config.ts';
import { isUnknownValue, type TConfigValue } from '../terraform/config-value.ts';
import { evaluateResource } from '../terraform/evaluate-resource.ts';
import { loadModule } from '../terraform/load-module.ts';
import type { TModule } from '../terraform/types.ts';
import { checkDuplicateNames } from './check-duplicate-names.ts';
import { checkRuleReferences } from './check-rule-references.ts';
import { collectFalcoSources, type TEvaluatedEntity } from './collect-falco-sources.ts';
import { collectRelations } from './collect-relations.ts';
import { locateAttribute } from './locate-attribute.ts';
import type { TValidateModuleInput, TValidationDiagnostic, TValidationReport } from './types.ts';

const TERRAFORM_FILE = /\.(tf|tfvars)$/;
const RULES_FILE = /\.ya?ml$/;

/**
 * Validates one Terraform module of Sysdig Secure resources before anything reaches Secure:
 * syntax (HCL's verdicts), duplicate addresses, dangling references, each Sysdig resource against
 * the registry (unknown attributes with "did you mean", types, required, enums, ranges,
 * deprecated types), literal tokens in the provider, duplicate names, Falco rules (YAML, items,
 * conditions, macro/list resolution across files and resources), and policies' rule names and
 * regexes. Every diagnostic carries file, line and column. Pure; never throws.
 */
export function validateModule(input: TValidateModuleInput): TValidationReport {
  const terraformModule = loadModule({
    files: input.files.filter((file) => TERRAFORM_FILE.test(file.path)),
    modulePath: input.modulePath,
    readFile: input.readFile,
    cache: input.parseCache,
  });
  const diagnostics: TValidationDiagnostic[] = terraformModule.diagnostics.map((d) => ({ ...d }));
  const sysdigResources: TEvaluatedEntity[] = [];
  // Offsets of syntax errors per file (most files have none): a block with one is skipped below.
  const syntaxErrorsIn = new Map<string, number[]>();
  for (const file of terraformModule.files) {
    const offsets = (file.parsed?.diagnostics ?? [])
      .filter((d) => d.severity === 'error')
      .map((d) => d.range.start.offset);
    if (offsets.length > 0) syntaxErrorsIn.set(file.path, offsets);
  }
  for (const entity of terraformModule.resources) {
    const evaluated = evaluateSafely(terraformModule, entity);
    if (!evaluated) {
      diagnostics.push({
        severity: 'error',
        code: 'nesting-too-deep',
        message: `${entity.address} nests expressions too deeply to evaluate; flatten it`,
        file: entity.file,
        line: entity.range.line,
        column: entity.range.column,
        address: entity.address,
      });
      continue;
    }
    diagnostics.push(
      ...evaluated.diagnostics.filter((d) => d.severity !== 'info' || d.code !== 'count-zero'),
    );
    if (!isSysdigType(entity.type)) continue;
    sysdigResources.push({ entity, config: evaluated.config });
    // A block with a syntax error is judged by that error alone: its half-parsed attributes would
    // only add misleading follow-up findings.
    if (
      syntaxErrorsIn
        .get(entity.file)
        ?.some((offset) => offset >= entity.range.start && offset <= entity.range.end)
    )
      continue;
    for (const issue of validateResourceConfig(entity.type, evaluated.config as TConfigObject)) {
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
        ...(issue.hint ? { hint: hintFor(issue, entity.type, evaluated.config) } : {}),
      });
    }
  }
  for (const provider of terraformModule.providers.filter((p) => p.type === 'sysdig')) {
    const { config } = evaluateResource(terraformModule, provider.address);
    for (const issue of validateProviderConfig(config as TConfigObject)) {
      const range = locateAttribute(provider.block, issue.attribute);
      diagnostics.push({
        severity: issue.severity,
        code: issue.code,
        message: issue.message,
        file: provider.file,
        line: range.line,
        column: range.column,
        address: provider.address,
        attribute: issue.attribute,
        ...(issue.hint ? { hint: issue.hint } : {}),
      });
    }
  }
  diagnostics.push(...checkDuplicateNames(sysdigResources));

  // Policies name rules by reference (`sysdig_secure_rule_falco.x.name`): read the evaluated
  // configs instead of evaluating the rule again for every policy that names it.
  const configByAddress = new Map(sysdigResources.map((r) => [r.entity.address, r.config]));
  const yamlFiles = input.files.filter((file) => RULES_FILE.test(file.path));
  const falco = resolveRuleSources(collectFalcoSources(yamlFiles, sysdigResources));
  for (const d of falco.diagnostics) {
    diagnostics.push({
      severity: d.severity,
      code: `falco-${d.code}`,
      message: d.item ? `${d.item}: ${d.message}` : d.message,
      file: d.file ?? '',
      line: d.line,
      column: d.column,
      ...(d.hint ? { hint: d.hint } : {}),
    });
  }
  const names = new Set([...falco.rules.values()].map((rule) => rule.name));
  for (const rule of input.knownRules ?? DEFAULT_RULE_NAMES) names.add(rule);
  const isComplete = !diagnostics.some((d) => d.code === 'missing-file');
  diagnostics.push(
    ...checkRuleReferences(sysdigResources, {
      names,
      isBackendIncluded: input.knownRules !== undefined,
      isComplete,
      nameOfReference: (value) => nameOfReference(terraformModule, value, configByAddress),
    }),
  );
  const configOf = new Map(sysdigResources.map((r) => [r.entity, r.config]));
  const symbols = [
    ...terraformModule.variables.map((v) => ({
      address: v.address,
      file: v.file,
      line: v.range.line,
    })),
    ...[...terraformModule.locals, ...terraformModule.dataSources, ...terraformModule.outputs].map(
      (e) => ({ address: e.address, file: e.file, line: (e.attribute?.range ?? e.range).line }),
    ),
  ];
  return {
    resources: terraformModule.resources.map((entity) => ({
      address: entity.address,
      type: entity.type,
      name: entity.name,
      file: entity.file,
      line: entity.range.line,
      era: eraOf(entity.type, configOf.get(entity)),
    })),
    diagnostics: dedupe(diagnostics).sort(
      (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
    ),
    relations: collectRelations({
      terraformModule,
      resources: sysdigResources,
      falco,
      nameOfReference: (value) => nameOfReference(terraformModule, value, configByAddress),
    }),
    symbols,
    desired: sysdigResources.map(({ entity, config }) => ({
      address: entity.address,
      type: entity.type,
      name: entity.name,
      config,
      file: entity.file,
      line: entity.range.line,
    })),
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

function eraOf(
  type: string,
  config: Record<string, TConfigValue> | undefined,
): '2018' | 'current' | 'other' {
  const definition = getResourceType(type, config as TConfigObject | undefined);
  if (!definition) return 'other';
  return definition.era === '2018' ? '2018' : 'current';
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

// `sysdig_secure_rule_falco.x.name` → the name that resource is given.
function nameOfReference(
  terraformModule: TModule,
  value: TConfigValue,
  configByAddress: ReadonlyMap<string, Record<string, TConfigValue>>,
): string | null {
  if (!isUnknownValue(value) || value.references.length !== 1) return null;
  const match = /^([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.name$/.exec(value.references[0] ?? '');
  if (!match) return null;
  const address = `${match[1]}.${match[2]}`;
  const config = configByAddress.get(address) ?? evaluateResource(terraformModule, address).config;
  return typeof config.name === 'string' ? config.name : null;
}

function dedupe(diagnostics: TValidationDiagnostic[]): TValidationDiagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

import { resolveRuleSources } from '../falco/resolve-rule-sources.ts';
import { DEFAULT_RULE_NAMES } from '../sysdig/default-rule-names.ts';
import type { TConfigObject } from '../sysdig/definition.ts';
import { isSysdigType } from '../sysdig/registry.ts';
import { validateProviderConfig } from '../sysdig/validate-provider-config.ts';
import { isUnknownValue, type TConfigValue } from '../terraform/config-value.ts';
import { evaluateResource } from '../terraform/evaluate-resource.ts';
import { loadModule } from '../terraform/load-module.ts';
import type { TModule } from '../terraform/types.ts';
import { checkDuplicateNames } from './check-duplicate-names.ts';
import { checkResourceEntity } from './check-resource-entity.ts';
import { checkRuleReferences } from './check-rule-references.ts';
import { collectFalcoSources, type TEvaluatedEntity } from './collect-falco-sources.ts';
import { collectRelations } from './collect-relations.ts';
import { describeEvaluationContext } from './describe-evaluation-context.ts';
import { locateAttribute } from './locate-attribute.ts';
import type {
  TDesiredConfig,
  TValidatedResource,
  TValidateModuleInput,
  TValidationDiagnostic,
  TValidationReport,
} from './types.ts';
import type { TValidationMemo } from './validation-memo.ts';

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
  const { memo } = input;
  const readFile = memo && input.readFile ? recordReads(input.readFile, memo) : input.readFile;
  const terraformModule = loadModule({
    files: input.files.filter((file) => TERRAFORM_FILE.test(file.path)),
    modulePath: input.modulePath,
    readFile,
    cache: input.parseCache,
    ...(memo ? { indexedFiles: memo.indexedFiles } : {}),
  });
  const generation = memo ? advanceContext(memo, terraformModule, input.readFile) : 0;
  const diagnostics: TValidationDiagnostic[] = terraformModule.diagnostics.map((d) => ({ ...d }));
  const sysdigResources: TEvaluatedEntity[] = [];
  const resources: TValidatedResource[] = [];
  const desired: TDesiredConfig[] = [];
  // Offsets of syntax errors per file (most files have none): a block with one is skipped below.
  const syntaxErrorsIn = new Map<string, number[]>();
  for (const file of terraformModule.files) {
    const offsets = (file.parsed?.diagnostics ?? [])
      .filter((d) => d.severity === 'error')
      .map((d) => d.range.start.offset);
    if (offsets.length > 0) syntaxErrorsIn.set(file.path, offsets);
  }
  for (const entity of terraformModule.resources) {
    // A second declaration of an address evaluates as the first one does (Terraform reports the
    // duplicate): its checks depend on another block, so they are never reused.
    const isReusable =
      memo !== undefined && terraformModule.byAddress.get(entity.address) === entity;
    let check = isReusable ? memo.checks.get(entity) : undefined;
    if (!check || check.generation !== generation) {
      check = {
        generation,
        ...checkResourceEntity(terraformModule, entity, syntaxErrorsIn.get(entity.file)),
      };
      if (isReusable) memo.checks.set(entity, check);
    }
    for (const d of check.diagnostics) diagnostics.push(d);
    resources.push(check.summary);
    if (check.config && isSysdigType(entity.type)) {
      sysdigResources.push({ entity, config: check.config });
      if (check.desired) desired.push(check.desired);
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
  const falco = resolveRuleSources(
    collectFalcoSources(yamlFiles, sysdigResources, memo?.falcoSources),
    memo?.falco,
  );
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
    resources,
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
    desired,
  };
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

// Starts a new evaluation context generation when anything resources' evaluation reads besides
// their own blocks changed since the memo's last validation; returns the current generation.
function advanceContext(
  memo: TValidationMemo,
  terraformModule: TModule,
  readFile: TValidateModuleInput['readFile'],
): number {
  const key = describeEvaluationContext(terraformModule);
  const { context } = memo;
  let isStale = key !== context.key;
  for (const [file, text] of context.reads) {
    if (isStale) break;
    isStale = (readFile?.(file) ?? null) !== text;
  }
  if (isStale) {
    context.key = key;
    context.generation += 1;
    context.reads = new Map();
  }
  return context.generation;
}

// Every file read by evaluation is remembered with what it held, so that the next validation
// can tell whether a reused evaluation saw the same content.
function recordReads(
  readFile: NonNullable<TValidateModuleInput['readFile']>,
  memo: TValidationMemo,
): NonNullable<TValidateModuleInput['readFile']> {
  return (file) => {
    const text = readFile(file);
    memo.context.reads.set(file, text);
    return text;
  };
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

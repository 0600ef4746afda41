import type { TResolvedRuleSources } from '../falco/resolve-rule-sources.ts';
import { compileGoRegex } from '../sysdig/check-go-regex.ts';
import type { TConfigValue } from '../terraform/config-value.ts';
import type { TModule } from '../terraform/types.ts';
import type { TEvaluatedEntity } from './collect-falco-sources.ts';
import { listNamedRules } from './list-named-rules.ts';
import type { TRelation } from './types.ts';

/** What `collectRelations` reads: the module, its Sysdig resources and the resolved Falco sources. */
export interface TRelationInput {
  terraformModule: TModule;
  resources: TEvaluatedEntity[];
  falco: TResolvedRuleSources;
  /** `sysdig_secure_rule_falco.x.name` → that rule's name (else null). */
  nameOfReference: (value: TConfigValue) => string | null;
}

// A regex like `.*` matches every rule: list enough to be useful, not the whole rule set.
const MAX_REGEX_MATCHES = 50;

/**
 * The "uses" edges of every resource of the module (the reverse edges are "used by"):
 * Terraform references to other resources and data sources (policy → channels, priority →
 * policies), policies → the Falco rules they name (`rules[].name`, `rule_names`, the 2018
 * `falco_rule_name_regex`), and Falco rule and macro resources → the macros and lists their condition uses,
 * resolved across rules files and resources as Falco loads them. A target defined by a resource
 * is named by its address; one defined in a rules file by its Falco label (`rule: X`) with its
 * file and line. Deduplicated per (from, to); dangling references are left to the diagnostics.
 * Pure; never throws.
 */
export function collectRelations(input: TRelationInput): TRelation[] {
  const { terraformModule, falco } = input;
  const out: TRelation[] = [];
  // Targets seen per source: no string key built per candidate edge.
  const seen = new Map<string, Set<string>>();
  const add = (relation: TRelation): void => {
    if (relation.from === relation.to) return;
    let targets = seen.get(relation.from);
    if (!targets) seen.set(relation.from, (targets = new Set()));
    if (targets.has(relation.to)) return;
    targets.add(relation.to);
    out.push(relation);
  };
  // References come grouped by the entity they are written in: look each source up once.
  let lastFrom = '';
  let isFromResource = false;
  for (const reference of terraformModule.references) {
    if (!reference.target) continue;
    if (reference.from !== lastFrom) {
      lastFrom = reference.from;
      isFromResource = terraformModule.byAddress.get(lastFrom)?.kind === 'resource';
    }
    if (!isFromResource) continue;
    const target = terraformModule.byAddress.get(reference.target);
    if (target?.kind !== 'resource' && target?.kind !== 'data') continue;
    add({
      from: reference.from,
      to: target.address,
      kind: 'reference',
      via: reference.attribute,
      file: target.file,
      line: target.range.line,
      isResource: target.kind === 'resource',
    });
  }
  // Falco definition sites of resources are their block's start (see collectFalcoSources).
  const addressAt = new Map<string, Map<number, string>>();
  for (const { entity } of input.resources) {
    let inFile = addressAt.get(entity.file);
    if (!inFile) addressAt.set(entity.file, (inFile = new Map()));
    inFile.set(siteKey(entity.range.line, entity.range.column), entity.address);
  }
  const link = (from: string, kind: 'rule' | 'macro' | 'list', name: string, via: string): void => {
    const table = kind === 'rule' ? falco.rules : kind === 'macro' ? falco.macros : falco.lists;
    const site = table.get(name)?.definitions[0];
    if (!site) return;
    const address = addressAt.get(site.file)?.get(siteKey(site.line, site.column));
    add({
      from,
      to: address ?? `${kind}: ${name}`,
      kind,
      via,
      // A rules file given inline (`content = <<EOT`) is named `file (address.content)`.
      file: site.file.replace(/ \(.*\)$/, ''),
      line: site.line,
      isResource: address !== undefined,
    });
  };
  for (const { entity, config } of input.resources) {
    for (const { name, via } of namedRules(entity.type, config, input.nameOfReference))
      link(entity.address, 'rule', name, via);
    const regex = config.falco_rule_name_regex;
    if (entity.type === 'sysdig_secure_policy' && typeof regex === 'string') {
      const pattern = compileGoRegex(regex);
      const matches = pattern ? [...falco.rules.keys()].filter((name) => pattern.test(name)) : [];
      for (const name of matches.slice(0, MAX_REGEX_MATCHES))
        link(entity.address, 'rule', name, 'falco_rule_name_regex');
    }
    const isRule = entity.type === 'sysdig_secure_rule_falco';
    if ((isRule || entity.type === 'sysdig_secure_macro') && typeof config.name === 'string') {
      const used = (isRule ? falco.rules : falco.macros).get(config.name);
      for (const macro of used?.macros ?? []) link(entity.address, 'macro', macro, 'condition');
      for (const list of used?.lists ?? []) link(entity.address, 'list', list, 'condition');
    }
  }
  return out;
}

// One number per line and column (columns stay far below a million).
function siteKey(line: number, column: number): number {
  return line * 1_000_000 + column;
}

// Rule names a policy lists, references resolved to the name they give.
function namedRules(
  type: string,
  config: Record<string, TConfigValue>,
  nameOfReference: (value: TConfigValue) => string | null,
): Array<{ name: string; via: string }> {
  const named = listNamedRules(type, config).map(({ value, attribute }) => ({
    value,
    via: attribute,
  }));
  return named.flatMap(({ value, via }) => {
    const name = typeof value === 'string' ? value : nameOfReference(value);
    return name ? [{ name, via }] : [];
  });
}

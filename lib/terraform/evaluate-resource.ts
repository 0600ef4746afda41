import type { TConfigValue } from './config-value.ts';
import { createFileContext } from './create-file-context.ts';
import { evaluateBlock } from './evaluate-block.ts';
import { evaluateExpression } from './evaluate-expression.ts';
import { expandInstances } from './expand-instances.ts';
import { reportAt } from './eval-context.ts';
import { suggestAddress } from './suggest-address.ts';
import type { TModule, TTerraformDiagnostic } from './types.ts';

const META_ARGUMENTS = new Set([
  'count',
  'for_each',
  'depends_on',
  'provider',
  'lifecycle',
  'provisioner',
  'connection',
]);
const VARIABLE_SKIPPED = new Set(['type', 'validation']);

/** Result of {@link evaluateResource}. */
export interface TEvaluatedResource {
  config: { [attribute: string]: TConfigValue };
  /** With a known `count`/`for_each`: each instance's key (`count.index` / `each.key`) and configuration. */
  instances?: Array<{ key: number | string; config: { [attribute: string]: TConfigValue } }>;
  diagnostics: TTerraformDiagnostic[];
}

/**
 * Evaluates the configuration of the entity at `address` (a resource, data source, provider,
 * module call, output or variable block; a local gives `{ value }`) to HCL's JSON shape,
 * without meta-arguments (count, for_each, depends_on, provider, lifecycle, provisioner,
 * connection; for a variable: its `type` as source text, without `validation`). A `count` or
 * `for_each` known before apply is expanded into `instances` (see expandInstances): `count = 1`
 * is the resource itself (`count.index` = 0), `count = 0` gives a `count-zero` info; otherwise
 * `config` is the block evaluated once with `count.index`/`each.*` unknown. An unknown
 * `count`/`for_each` is not expanded (`count-not-expanded` info). An unknown address gives an
 * `unknown-address` error with a hint. Never throws.
 */
export function evaluateResource(module: TModule, address: string): TEvaluatedResource {
  const diagnostics: TTerraformDiagnostic[] = [];
  const entity = module.byAddress.get(address);
  if (!entity) {
    const hint = suggestAddress(address, module.byAddress.keys());
    const diagnostic: TTerraformDiagnostic = {
      severity: 'error',
      code: 'unknown-address',
      message: `The module declares nothing at ${address}.`,
      file: '',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      address,
    };
    if (hint) diagnostic.hint = hint;
    return { config: {}, diagnostics: [diagnostic] };
  }
  const context = createFileContext(module, entity.file, diagnostics, { address });
  if (entity.attribute) {
    const value = evaluateExpression(entity.attribute.expression, {
      ...context,
      attribute: entity.name,
    });
    return { config: { value }, diagnostics: dedupe(diagnostics) };
  }
  const { count, for_each: forEach } = entity.block.attributes;
  const instances = count || forEach ? expandInstances(entity.block, context) : null;
  if (instances && count && instances.length === 0) {
    reportAt(
      context,
      count.expression,
      'count-zero',
      `${address} has count = 0: Terraform creates no instance of it.`,
      { severity: 'info' },
    );
  } else if (!instances && (count || forEach)) {
    const meta = count ? 'count' : 'for_each';
    const argument = count ?? forEach;
    if (argument)
      reportAt(
        context,
        argument.expression,
        'count-not-expanded',
        `${address} uses ${meta} with a value not known before apply; Rampart evaluates it as one resource (${meta === 'count' ? 'count.index' : 'each.key/each.value'} unknown).`,
        { severity: 'info' },
      );
  }
  if (instances) {
    const expanded = instances.map((instance) => ({
      key: instance.key,
      config: evaluateBlock(
        entity.block,
        { ...context, scope: new Map([...context.scope, ...instance.scope]) },
        [],
        META_ARGUMENTS,
      ),
    }));
    // One instance (`count = 1`) is the resource itself; otherwise `config` keeps
    // count.index / each.* unknown and the instances carry the expanded configurations.
    const single = count && expanded.length === 1 ? expanded[0] : undefined;
    const config = single
      ? single.config
      : evaluateBlock(entity.block, context, [], META_ARGUMENTS);
    return { config, instances: expanded, diagnostics: dedupe(diagnostics) };
  }
  if (entity.kind === 'variable') {
    // A type constraint (`list(string)`) is not an expression to evaluate: keep its text.
    const config = evaluateBlock(entity.block, context, [], VARIABLE_SKIPPED);
    const type = entity.block.attributes.type;
    if (type) config.type = type.source;
    return { config, diagnostics: dedupe(diagnostics) };
  }
  const config = evaluateBlock(entity.block, context, [], META_ARGUMENTS);
  return { config, diagnostics: dedupe(diagnostics) };
}

function dedupe(diagnostics: TTerraformDiagnostic[]): TTerraformDiagnostic[] {
  if (diagnostics.length < 2) return diagnostics;
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

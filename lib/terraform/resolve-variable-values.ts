import type { TConfigValue } from './config-value.ts';
import { convertVariableValue } from './convert-variable-value.ts';
import { readTfvarsFile } from './read-tfvars-file.ts';
import type {
  TModuleFile,
  TSourceRange,
  TTerraformDiagnostic,
  TVariableModel,
  TVariableValue,
} from './types.ts';

/**
 * Variable values in Terraform's precedence, later wins: `default`, `terraform.tfvars`,
 * `terraform.tfvars.json`, `*.auto.tfvars` / `*.auto.tfvars.json` in lexical order of their
 * names, then the caller's `overrides` (like `-var`). Values are converted to primitive type
 * constraints. Diagnostics: `undeclared-variable` (warning) for a tfvars assignment or override
 * of an undeclared variable (an override's diagnostic has file ''), `invalid-variable-value` when conversion fails, `invalid-default` for a
 * non-literal default, `unset-variable` (info) when a variable has no value at all. Never throws.
 */
export function resolveVariableValues(
  variables: readonly TVariableModel[],
  files: readonly TModuleFile[],
  overrides: Record<string, TConfigValue> | undefined,
): { values: Map<string, TVariableValue>; diagnostics: TTerraformDiagnostic[] } {
  const values = new Map<string, TVariableValue>();
  const diagnostics: TTerraformDiagnostic[] = [];
  const declared = new Map(variables.map((v) => [v.name, v]));
  const at = (file: string, range: TSourceRange) => ({
    file,
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
  });
  const assign = (
    name: string,
    raw: TConfigValue,
    source: string,
    file: string,
    range: TSourceRange,
  ) => {
    const variable = declared.get(name);
    if (!variable) {
      diagnostics.push({
        severity: 'warning',
        code: 'undeclared-variable',
        message: `${file || 'The tfvars option'} assigns \`${name}\`, but the module declares no variable "${name}".`,
        ...at(file, range),
        address: `var.${name}`,
      });
      return;
    }
    const converted = convertVariableValue(raw, variable.type);
    if ('error' in converted) {
      diagnostics.push({
        severity: 'error',
        code: 'invalid-variable-value',
        message: `Invalid value for var.${name} from ${source}: ${converted.error} (type ${variable.type}).`,
        ...at(file, range),
        address: `var.${name}`,
      });
      return;
    }
    values.set(name, { value: converted.value, source });
  };
  for (const variable of variables) {
    const attribute = variable.default;
    if (!attribute) continue;
    const file = variable.file;
    if (attribute.value === undefined) {
      diagnostics.push({
        severity: 'error',
        code: 'invalid-default',
        message: `The default of var.${variable.name} must be a literal value: variables may not be used here.`,
        ...at(file, attribute.valueRange),
        address: `var.${variable.name}`,
      });
      continue;
    }
    assign(variable.name, attribute.value, 'default', file, attribute.valueRange);
  }
  for (const file of orderTfvarsFiles(files)) {
    const read = readTfvarsFile(file);
    diagnostics.push(...read.diagnostics);
    for (const [name, entry] of read.values)
      assign(name, entry.value, file.path, file.path, entry.range);
  }
  for (const [name, value] of Object.entries(overrides ?? {})) {
    assign(name, value, 'tfvars', '', {
      start: 0,
      end: 0,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
    });
  }
  for (const variable of variables) {
    if (values.has(variable.name)) continue;
    diagnostics.push({
      severity: 'info',
      code: 'unset-variable',
      message: `var.${variable.name} has no default and no value in terraform.tfvars or *.auto.tfvars; its value is unknown until apply.`,
      ...at(variable.file, variable.range),
      address: `var.${variable.name}`,
    });
  }
  return { values, diagnostics };
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function orderTfvarsFiles(files: readonly TModuleFile[]): TModuleFile[] {
  const named = (name: string) => files.filter((f) => baseName(f.path) === name);
  const auto = files
    .filter((f) => /\.auto\.tfvars(\.json)?$/.test(baseName(f.path)))
    .sort((a, b) =>
      baseName(a.path) < baseName(b.path) ? -1 : baseName(a.path) > baseName(b.path) ? 1 : 0,
    );
  return [...named('terraform.tfvars'), ...named('terraform.tfvars.json'), ...auto];
}

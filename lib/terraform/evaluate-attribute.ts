import type { TConfigValue } from './config-value.ts';
import { createFileContext } from './create-file-context.ts';
import { evaluateExpression } from './evaluate-expression.ts';
import { formatAttributePath } from './format-attribute-path.ts';
import type { TAttributeModel, TModule, TTerraformDiagnostic } from './types.ts';

/**
 * Evaluates one attribute of a block of `module` (e.g. a provider's `sysdig_secure_api_token`
 * or an output's `value`) in the context of its file. `address` and `path` label diagnostics.
 * Never throws.
 */
export function evaluateAttribute(
  module: TModule,
  file: string,
  attribute: TAttributeModel,
  address?: string,
  path: (string | number)[] = [attribute.name],
): { value: TConfigValue; diagnostics: TTerraformDiagnostic[] } {
  const diagnostics: TTerraformDiagnostic[] = [];
  const extra: { address?: string; attribute: string } = { attribute: formatAttributePath(path) };
  if (address !== undefined) extra.address = address;
  const context = createFileContext(module, file, diagnostics, extra);
  return { value: evaluateExpression(attribute.expression, context), diagnostics };
}

import { parseHcl } from '../index.ts';
import { HclEditError } from './hcl-edit-error.ts';

/**
 * Returns the raw expression text trimmed, after checking it parses on its own as exactly one
 * HCL expression. Throws HclEditError 'invalid-value' (naming `where`) otherwise.
 */
export function checkExpression(expression: string, where: string): string {
  const trimmed = expression.trim();
  const parsed = parseHcl(`x = ${trimmed}\n`);
  const attribute = parsed.attributes[0];
  const isWhole =
    parsed.diagnostics.length === 0 &&
    parsed.file.body.items.length === 1 &&
    attribute !== undefined &&
    attribute.expression.start === 4 &&
    attribute.expression.end === 4 + trimmed.length;
  if (trimmed === '' || !isWhole)
    throw new HclEditError(
      'invalid-value',
      `${where}: ${JSON.stringify(expression)} is not one valid HCL expression.`,
    );
  return trimmed;
}

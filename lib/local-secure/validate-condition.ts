import 'server-only';
import { checkConditionBalance } from './check-condition-balance.ts';
import { respondError } from './respond-error.ts';
import type { TRouteContext } from './route-context.ts';

/**
 * Falco validation as the real backend reports it (spec §6.2, #665): an unbalanced condition gets
 * `File failed to pass validation with the following linux agents: … Reason: expected a ')' token`
 * in shape 1, reason "Invalid request", status per the `conditionValidationStatus` switch.
 */
export function validateCondition(
  context: TRouteContext,
  condition: unknown,
): Response | undefined {
  if (!context.switches.validateConditions || typeof condition !== 'string') return undefined;
  const reason = checkConditionBalance(condition);
  if (!reason) return undefined;
  const message = `File failed to pass validation with the following linux agents: 14.7.0. \nValidation failed: linux 14.7.0. Reason: ${reason}`;
  return respondError(context.switches.conditionValidationStatus, 'Invalid request', message);
}

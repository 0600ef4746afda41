import 'server-only';
import type { TLocalSecureSwitches } from './types.ts';

/** Defaults of the §11 switches: the most literal reading of the spec. */
export const DEFAULT_SWITCHES: Readonly<TLocalSecureSwitches> = Object.freeze({
  autoAppendV1PolicyToPriorities: false,
  removeDeletedV1PolicyFromPriorities: true,
  missingChannelReturnsNull: false,
  validateConditions: true,
  conditionValidationStatus: 400,
  conflictOnStaleVersion: true,
  requireVersionOnUpdate: false,
  rejectUnknownRuleNames: false,
  rejectListMatchingRuleTypes: false,
  emitRuleWarnings: false,
  v2PolicyDeleteStatus: 204,
  defaultListLimit: null,
});

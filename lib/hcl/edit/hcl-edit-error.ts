/** Why an edit operation refused. */
export type HclEditErrorCode =
  'not-found' | 'ambiguous' | 'syntax-error' | 'invalid-value' | 'verification-failed';

/**
 * Thrown by every `lib/hcl/edit` operation instead of returning a doubtful edit. `message` names
 * the address (e.g. `resource.sysdig_secure_policy.prod.actions[0].name`) and what to do.
 */
export class HclEditError extends Error {
  readonly code: HclEditErrorCode;

  constructor(code: HclEditErrorCode, message: string) {
    super(message);
    this.name = 'HclEditError';
    this.code = code;
  }
}

/** The `origin` of objects a person created (UI, API, Terraform) in Secure (spec §4.3, §7). */
export const USER_ORIGIN = 'Secure UI';

/**
 * True when a live rule, list or macro belongs to Sysdig (built-in Falco content): it carries an
 * `origin` other than "Secure UI" (the local Secure seeds "Sysdig"; real managed content carries
 * its own origin). Objects without an origin are treated as the user's, since the spec's list and
 * macro models have none. Pure.
 */
export function isSysdigOwned(object: Record<string, unknown>): boolean {
  const origin = object.origin;
  return typeof origin === 'string' && origin !== '' && origin !== USER_ORIGIN;
}

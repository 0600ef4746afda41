import type { TConfigObject, TValidationIssue } from './definition.ts';
import { isPlainObject, isUnknown } from './schema-helpers.ts';

/** Provider arguments holding credentials (mask them in the UI), with their environment variable. */
export const PROVIDER_SECRET_ARGUMENTS: Readonly<Record<string, string>> = {
  sysdig_secure_api_token: 'SYSDIG_SECURE_API_TOKEN',
  sysdig_monitor_api_token: 'SYSDIG_MONITOR_API_TOKEN',
  ibm_secure_api_key: 'SYSDIG_IBM_SECURE_API_KEY',
  ibm_monitor_api_key: 'SYSDIG_IBM_MONITOR_API_KEY',
};

/**
 * Checks a `provider "sysdig"` block: an API token or key written as a literal string is a
 * 'secret-literal' warning (the token ends up in Git); so is a literal `Authorization` header in
 * `extra_headers`. References (`var.token`) and unset arguments are fine. Never throws.
 */
export function validateProviderConfig(config: TConfigObject): TValidationIssue[] {
  const issues: TValidationIssue[] = [];
  for (const [argument, variable] of Object.entries(PROVIDER_SECRET_ARGUMENTS)) {
    const value = config[argument];
    if (typeof value === 'string' && value !== '') {
      issues.push({
        code: 'secret-literal',
        severity: 'warning',
        attribute: argument,
        message: `The API token is written in the code as a literal: anyone with read access to the repository can use it.`,
        hint: `Remove ${argument} and set ${variable} in the environment, or use a variable marked sensitive = true. Revoke the token if it was committed.`,
      });
    }
  }
  const headers = config.extra_headers;
  if (isPlainObject(headers) && !isUnknown(headers)) {
    for (const [name, value] of Object.entries(headers)) {
      if (name.toLowerCase() === 'authorization' && typeof value === 'string' && value !== '') {
        issues.push({
          code: 'secret-literal',
          severity: 'warning',
          attribute: `extra_headers.${name}`,
          message: 'An Authorization header is written in the code as a literal.',
          hint: 'Pass it through a variable marked sensitive = true.',
        });
      }
    }
  }
  return issues;
}

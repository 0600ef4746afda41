/**
 * Names of rules every Sysdig Secure tenant ships (Falco's and Sysdig's default rules), known
 * when no backend was read: a policy naming one of them is not an error offline. The embedded
 * local Secure backend seeds the same rules (lib/local-secure/seed-falco-content.ts).
 */
export const DEFAULT_RULE_NAMES: readonly string[] = [
  'Terminal shell in container',
  'Write below etc',
  'Read sensitive file untrusted',
  'Launch Privileged Container',
  'Contact K8S API Server From Container',
  'Unexpected outbound connection destination',
  'Run shell untrusted',
  'The docker client is executed in a container',
  'Clear Log Activities',
  'Modify Shell Configuration File',
];

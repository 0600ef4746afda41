import type { TSecretVariable } from './types.ts';

/** `terraform.tfvars.example`: every secret variable with an empty value to fill in. */
export function renderTfvarsExample(variables: readonly TSecretVariable[]): string {
  const lines = variables.map(
    (variable) => `${variable.name} = ${variable.type === 'string' ? '""' : '{}'}`,
  );
  return `# Copy to terraform.tfvars (keep it out of Git) and fill in the values from Sysdig Secure.\n${lines.join('\n')}\n`;
}

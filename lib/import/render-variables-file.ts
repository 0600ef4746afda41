import { encodeString } from '../hcl/index.ts';
import { joinBlocks } from './join-blocks.ts';
import type { TSecretVariable } from './types.ts';
import { rawAttribute } from './raw-attribute.ts';

/** `variables.tf`: one sensitive variable without default per secret attribute. */
export function renderVariablesFile(variables: readonly TSecretVariable[]): string {
  return joinBlocks(
    'Secrets of the imported resources: never written as literals. Set them in terraform.tfvars (kept out of Git) or TF_VAR_<name>.',
    variables.map((variable) => ({
      kind: 'block',
      type: 'variable',
      labels: [variable.name],
      items: [
        rawAttribute('description', encodeString(`${variable.attribute} of ${variable.address}`)),
        rawAttribute('type', variable.type),
        rawAttribute('sensitive', 'true'),
      ],
    })),
  );
}

import { joinBlocks } from './join-blocks.ts';

/** `versions.tf`: the current sysdig provider. */
export function renderVersionsFile(): string {
  return joinBlocks(undefined, [
    {
      kind: 'block',
      type: 'terraform',
      labels: [],
      items: [
        {
          kind: 'block',
          type: 'required_providers',
          labels: [],
          items: [
            {
              kind: 'attribute',
              name: 'sysdig',
              render: (indent) =>
                `{\n${indent}  source  = "sysdiglabs/sysdig"\n${indent}  version = ">= 3.0.0"\n${indent}}`,
            },
          ],
        },
      ],
    },
  ]);
}

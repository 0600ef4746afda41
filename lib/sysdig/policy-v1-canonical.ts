import type { TConfigObject } from './definition.ts';
import { pruneEmpty } from './policy-v1-lists.ts';
import { blocksOf, isUnknown } from './schema-helpers.ts';

/** Absent and empty nested blocks give the same body; `other_paths` compares case-insensitively. */
export function canonicalPolicyV1(config: TConfigObject): TConfigObject {
  const result = { ...config };
  result.actions = blocksOf(config.actions)
    .map((block) => pruneEmpty(block, 'capture'))
    .filter((block) => block.container !== '' || blocksOf(block.capture).length > 0);
  result.network = blocksOf(config.network).map((network) => ({
    ...network,
    listening_ports: blocksOf(pruneEmpty(network, 'listening_ports').listening_ports).map((ports) =>
      pruneEmpty(pruneEmpty(ports, 'tcp'), 'udp'),
    ),
  }));
  result.network = blocksOf(result.network).map((network) =>
    pruneEmpty(network, 'listening_ports'),
  );
  result.filesystem = blocksOf(config.filesystem).map((filesystem) => ({
    ...pruneEmpty(pruneEmpty(filesystem, 'read'), 'readwrite'),
    other_paths:
      typeof filesystem.other_paths === 'string' && !isUnknown(filesystem.other_paths)
        ? filesystem.other_paths.toLowerCase()
        : (filesystem.other_paths ?? 'none'),
  }));
  return result;
}

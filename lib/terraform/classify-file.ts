import type { TModuleFile } from './types.ts';

/** What a module file is, by name: `.tf`, `.tf.json`, `.tfvars`, `.tfvars.json`, or other. Never throws. */
export function classifyFile(path: string): TModuleFile['kind'] {
  if (path.endsWith('.tf')) return 'tf';
  if (path.endsWith('.tf.json')) return 'tf-json';
  if (path.endsWith('.tfvars')) return 'tfvars';
  if (path.endsWith('.tfvars.json')) return 'tfvars-json';
  return 'other';
}

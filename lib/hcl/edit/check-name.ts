import { HclEditError } from './hcl-edit-error.ts';

const NAME = /^[\p{ID_Start}_][\p{ID_Continue}-]*$/u;

/** Throws HclEditError 'invalid-value' unless `name` is an HCL identifier. */
export function checkName(name: string, what: string, where: string): void {
  if (!NAME.test(name))
    throw new HclEditError(
      'invalid-value',
      `${where}: ${JSON.stringify(name)} is not a valid ${what}.`,
    );
}

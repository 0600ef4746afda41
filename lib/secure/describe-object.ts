import 'server-only';
import type { TObjectRef } from './secure-transport.ts';

/** `v2 policy "Write apt", id 12`, `rule id 7`, `current user`: the object as error messages name it. Pure. */
export function describeObject(object: TObjectRef): string {
  const name = object.name === undefined ? '' : ` "${object.name}"`;
  const id =
    object.id === undefined
      ? ''
      : object.name === undefined
        ? ` id ${object.id}`
        : `, id ${object.id}`;
  return `${object.kind}${name}${id}`;
}

/**
 * The value at an attribute path (`actions[0].capture[0].name`) inside an object, or undefined.
 * A `true` met on the way is returned as is, so it also reads Terraform's `after_unknown` masks
 * (a wholly unknown block is `true`). Pure.
 */
export function valueAtPath(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (current === true) return true;
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

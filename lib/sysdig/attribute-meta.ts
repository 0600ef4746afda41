import type { TAttributeKind, TAttributeMeta } from './definition.ts';

type TAttributeOptions = Omit<Partial<TAttributeMeta>, 'name' | 'kind' | 'order'> & {
  help: string;
};

/**
 * Builds one attribute's metadata; `label` defaults to the humanised name, `required` to false,
 * `order` is assigned by `ordered`.
 */
export function attribute(
  name: string,
  kind: TAttributeKind,
  options: TAttributeOptions,
): TAttributeMeta {
  return {
    name,
    kind,
    label: options.label ?? humanise(name),
    required: false,
    order: 0,
    ...options,
  };
}

/** Numbers the attributes in the order given (10, 20, …) so forms show them as the provider docs do. */
export function ordered(attributes: readonly TAttributeMeta[]): TAttributeMeta[] {
  return attributes.map((meta, index) => ({ ...meta, order: (index + 1) * 10 }));
}

/** The computed `version` attribute every resource has. */
export function versionAttribute(): TAttributeMeta {
  return attribute('version', 'number', {
    help: 'Object version assigned by Secure; read from the API.',
    computed: true,
  });
}

/** Names of the top-level attributes with `flag` set. */
export function namesWhere(
  attributes: readonly TAttributeMeta[],
  flag: 'forceNew' | 'secret' | 'writeOnly',
): string[] {
  return attributes.filter((meta) => meta[flag] === true).map((meta) => meta.name);
}

function humanise(name: string): string {
  const words = name.split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

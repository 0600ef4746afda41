import type { TResourceChange } from './plan-model.ts';

/** The attribute rows a plan card shows: enough of `TResourceChange['attributes']` to search. */
interface TSearchableAttribute {
  path: string;
  label: string;
  before?: unknown;
  after?: unknown;
  isSensitive: boolean;
}

/** What `matchesPlanText` reads of a resource change. */
export type TSearchableChange = Pick<TResourceChange, 'address' | 'type' | 'name'> & {
  file?: string | undefined;
  attributes: readonly TSearchableAttribute[];
};

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Whether a plan card matches the text filter `query`: every whitespace-separated word must occur
 * (case-insensitive) in the address, type, name, file, or in an attribute's label, path or shown
 * value. Sensitive values are never searched (a filter must not reveal a secret by matching it).
 * An empty query matches everything. Pure.
 */
export function matchesPlanText(change: TSearchableChange, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [
    change.address,
    change.type,
    change.name,
    change.file ?? '',
    ...change.attributes.flatMap((a) => [
      a.label,
      a.path,
      ...(a.isSensitive ? [] : [text(a.before), text(a.after)]),
    ]),
  ]
    .join('\n')
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));

/** The spec's markdown text. */
export const SPEC_TEXT = readFileSync(`${SHARED}spec/secure-api.md`, 'utf8');

/** Every ```json fenced block of the spec, split into its top-level JSON documents. */
export const SPEC_JSON_DOCUMENTS: unknown[] = [
  ...SPEC_TEXT.matchAll(/```json\n([\s\S]*?)```/g),
].flatMap((match) =>
  (match[1] ?? '')
    .split(/\n\s*\n/)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => JSON.parse(chunk) as unknown),
);

/** The first spec JSON document whose text contains `needle`. */
export function specBody(needle: string): unknown {
  const found = SPEC_JSON_DOCUMENTS.find((document) => JSON.stringify(document).includes(needle));
  if (found === undefined) throw new Error(`no spec body contains ${needle}`);
  return found;
}

/** An inline `Example: {…}` JSON of the spec whose text contains `needle`. */
export function specInlineExample(needle: string): unknown {
  for (const match of SPEC_TEXT.matchAll(/Example: `(\{.*?\})`/g)) {
    if ((match[1] ?? '').includes(needle)) return JSON.parse(match[1] ?? '') as unknown;
  }
  throw new Error(`no inline example contains ${needle}`);
}

/** A fixture of `spec/fixtures/`. */
export function specFixture(name: string): unknown {
  return JSON.parse(readFileSync(`${SHARED}spec/fixtures/${name}`, 'utf8')) as unknown;
}

/** Refs resolving `<type>.<name>.id` from a table; everything else unresolved. */
export function refsFrom(ids: Record<string, number>, currentTeamId?: number) {
  return {
    resolveId: (address: string) => ids[address],
    ...(currentTeamId === undefined ? {} : { currentTeamId }),
  };
}

/** A reference value as lib/terraform produces it. */
export function ref(address: string) {
  return { $unknown: true as const, references: [address], expression: address };
}

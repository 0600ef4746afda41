import 'server-only';
import { generateImportModule, type TImportModule } from '../import/index.ts';
import { createSecureClient } from '../secure/create-secure-client.ts';
import { readExistingModule } from './read-existing-module.ts';
import { readImportSnapshot } from './read-import-snapshot.ts';

/** Options of `importFromSecure`. */
export interface TImportFromSecureOptions {
  baseUrl: string;
  /** API token; used for requests only, never written or logged. */
  token: string;
  /** The module the import adds to: objects its resources represent are not generated again. */
  existingModuleDir?: string;
  /** Resource types to generate (see IMPORTABLE_TYPES); default all. */
  types?: readonly string[];
  /** Rules, lists and macros to read by id (lists and macros cannot be discovered otherwise). */
  ruleIds?: readonly number[];
  listIds?: readonly number[];
  macroIds?: readonly number[];
  /** Injected fetch (tests). */
  fetch?: typeof fetch;
}

/** The generated module plus how rules were discovered. */
export type TImportFromSecureResult = TImportModule & { ruleDiscovery: 'groups' | 'by-name' };

/**
 * Reads the live objects of a Secure backend (`readImportSnapshot`) and generates the Terraform
 * module adopting them (`generateImportModule`), skipping what `existingModuleDir` already holds.
 * Writes nothing. Throws AppError: 'SECURE_UPSTREAM' / 'NOT_FOUND' from the client,
 * 'INVALID_INPUT' for an unknown type.
 */
export async function importFromSecure(
  options: TImportFromSecureOptions,
): Promise<TImportFromSecureResult> {
  const client = createSecureClient({
    baseUrl: options.baseUrl,
    token: options.token,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const existing = options.existingModuleDir
    ? await readExistingModule(options.existingModuleDir)
    : { resources: [], hasSysdigProvider: false };
  const { snapshot, ruleDiscovery } = await readImportSnapshot(client, {
    token: options.token,
    ...(options.ruleIds ? { ruleIds: options.ruleIds } : {}),
    ...(options.listIds ? { listIds: options.listIds } : {}),
    ...(options.macroIds ? { macroIds: options.macroIds } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const generated = generateImportModule(snapshot, {
    existing: existing.resources,
    ...(options.types ? { types: options.types } : {}),
    withVersions: !existing.hasSysdigProvider,
  });
  return { ...generated, ruleDiscovery };
}

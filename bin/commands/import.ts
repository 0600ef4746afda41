import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { appendAuditEvent } from '../../lib/audit/append-audit-event.ts';
import { getEnv } from '../../lib/env.ts';
import { resolveSecureBackend } from '../resolve-secure-backend.ts';
import type { TSkippedObject } from '../../lib/import/index.ts';
import { importFromSecure } from '../../lib/server-import/import-from-secure.ts';
import { writeImportFiles } from '../../lib/server-import/write-import-files.ts';

interface TImportCommandOptions {
  out: string;
  type: string[];
  secureUrl?: string;
  module?: string;
  force?: boolean;
  ruleId: number[];
  listId: number[];
  macroId: number[];
}

const collect = (value: string, previous: string[]) => [...previous, value];
const collectId = (value: string, previous: number[]) => {
  if (!/^[0-9]+$/.test(value)) throw new InvalidArgumentError('must be a numeric id');
  return [...previous, Number(value)];
};

/**
 * `rampart import --out DIR [--type T…] [--secure-url URL] [--module DIR] [--force]
 * [--rule-id N…] [--list-id N…] [--macro-id N…]`: generates Terraform (current provider syntax)
 * for the live Secure objects no resource of `--module` represents, writes it to DIR (refusing a
 * non-empty DIR without --force) and prints `imported N resources into DIR; skipped M (…)`.
 * Token from SYSDIG_SECURE_API_TOKEN, URL from --secure-url or SYSDIG_SECURE_URL (via lib/env.ts).
 * Side effect: an `import` event in the audit log of the data dir (RAMPART_DATA_DIR).
 */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('Generate Terraform (with import blocks) for objects created in Sysdig Secure.')
    .requiredOption('--out <dir>', 'folder to write the generated .tf files to')
    .option(
      '--type <type>',
      'only this resource type (repeatable), e.g. sysdig_secure_custom_policy',
      collect,
      [],
    )
    .option('--secure-url <url>', 'Secure base URL (overrides SYSDIG_SECURE_URL)')
    .option(
      '--module <dir>',
      'existing module: objects its resources represent are not generated again',
    )
    .option('--force', 'write into a non-empty folder, overwriting files of the same name')
    .option('--rule-id <id>', 'also read this rule (repeatable)', collectId, [])
    .option(
      '--list-id <id>',
      'read this Falco list (repeatable; Secure cannot list them)',
      collectId,
      [],
    )
    .option(
      '--macro-id <id>',
      'read this Falco macro (repeatable; Secure cannot list them)',
      collectId,
      [],
    )
    .action(async (options: TImportCommandOptions) => {
      const { baseUrl, token } = resolveSecureBackend(options.secureUrl);
      const result = await importFromSecure({
        baseUrl,
        token,
        ...(options.module ? { existingModuleDir: options.module } : {}),
        ...(options.type.length > 0 ? { types: options.type } : {}),
        ruleIds: options.ruleId,
        listIds: options.listId,
        macroIds: options.macroId,
      });
      await writeImportFiles(options.out, result.files, options.force === true);
      const out = path.resolve(options.out);
      await appendAuditEvent(getEnv().dataDir, {
        actor: 'cli',
        action: 'import',
        target: out,
        detail: {
          secureUrl: baseUrl,
          resources: result.resources.length,
          skipped: result.skipped.length,
        },
      });
      process.stdout.write(
        `imported ${result.resources.length} resources into ${out}; skipped ${result.skipped.length}${describeSkips(result.skipped)}\n`,
      );
      for (const skip of result.skipped.filter((item) => item.code !== 'sysdig-owned'))
        process.stdout.write(
          `  skipped ${skip.kind} ${skip.id} ${JSON.stringify(skip.name)}: ${skip.reason}\n`,
        );
      if (result.variables.length > 0)
        process.stdout.write(
          `set the ${result.variables.length} sensitive variables of variables.tf (see terraform.tfvars.example) before planning\n`,
        );
      if (result.ruleDiscovery === 'by-name')
        process.stdout.write(
          'note: rules were found only through policy references (and --rule-id)\n',
        );
      if (options.listId.length + options.macroId.length === 0)
        process.stdout.write(
          'note: Falco lists and macros cannot be listed in Secure; pass --list-id / --macro-id to import them\n',
        );
    });
}

function describeSkips(skipped: readonly TSkippedObject[]): string {
  if (skipped.length === 0) return '';
  const counts = new Map<string, number>();
  for (const item of skipped) counts.set(item.code, (counts.get(item.code) ?? 0) + 1);
  const ranked = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return ` (${ranked.map(([code, count]) => `${count} ${code}`).join(', ')})`;
}

import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../../lib/errors/app-error.ts';
import { readModuleDirectories } from '../../lib/server/read-module-directory.ts';
import type { TValidationReport } from '../../lib/validate/types.ts';
import { validateModule } from '../../lib/validate/validate-module.ts';

/** `rampart validate [dir] [--format text|json]`: exit 0 without errors, 1 with, 2 on usage errors. */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description(
      'Validate the Terraform of Sysdig Secure resources in DIR (default: .) before anything reaches Secure.',
    )
    .argument('[dir]', 'a root module folder, or a folder whose subfolders are root modules', '.')
    .option('--format <format>', 'text (file:line:col: severity: message) or json', 'text')
    .action(async (dir: string, options: { format: string }) => {
      if (options.format !== 'text' && options.format !== 'json') {
        process.stderr.write(
          `rampart validate: --format must be text or json (got "${options.format}")\n`,
        );
        process.exitCode = 2;
        return;
      }
      const isDir = await stat(dir).then(
        (s) => s.isDirectory(),
        () => false,
      );
      if (!isDir) throw new AppError('INVALID_INPUT', { message: `${dir} is not a directory` });
      const report: {
        resources: Omit<TValidationReport['resources'][number], 'era'>[];
        diagnostics: TValidationReport['diagnostics'];
      } = {
        resources: [],
        diagnostics: [],
      };
      for (const moduleDirectory of await readModuleDirectories(dir)) {
        const result = validateModule(moduleDirectory);
        // The documented JSON shape: address, type, name, file, line.
        report.resources.push(
          ...result.resources.map(({ address, type, name, file, line }) => ({
            address,
            type,
            name,
            file,
            line,
          })),
        );
        report.diagnostics.push(...result.diagnostics);
      }
      if (options.format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else process.stdout.write(renderText(report));
      process.exitCode = report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
    });
}

function renderText(report: {
  resources: unknown[];
  diagnostics: TValidationReport['diagnostics'];
}): string {
  const lines = report.diagnostics.map((d) => {
    const where = `${d.file}:${d.line}:${d.column}`;
    const hint = d.hint ? `\n  hint: ${d.hint}` : '';
    return `${where}: ${d.severity}: ${d.message} [${d.code}]${hint}`;
  });
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
  lines.push(
    `${report.resources.length} resources, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  );
  return `${lines.join('\n')}\n`;
}

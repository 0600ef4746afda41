import 'server-only';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors/app-error.ts';
import type { TDesiredResource } from '../plan/plan-model.ts';
import type { TValidationDiagnostic } from '../validate/types.ts';
import { validateModule } from '../validate/validate-module.ts';

/** A module's desired Sysdig resources, or the errors that stop it from being planned. */
export interface TModuleDesired {
  desired: TDesiredResource[];
  diagnostics: TValidationDiagnostic[];
  hasErrors: boolean;
}

/**
 * Reads the Terraform module in `dir` (its .tf/.tfvars/.yaml files), validates it and returns the
 * evaluated Sysdig resources. Throws AppError('INVALID_INPUT') when `dir` holds no .tf file.
 */
export async function loadModuleDesired(dir: string): Promise<TModuleDesired> {
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((name) => /\.(tf|tfvars|ya?ml)$/.test(name))
    .sort();
  if (!names.some((name) => name.endsWith('.tf')))
    throw new AppError('INVALID_INPUT', { message: `no Terraform (.tf) files in ${dir}` });
  const files = await Promise.all(
    names.map(async (name) => ({
      path: path.join(dir, name),
      text: await readFile(path.join(dir, name), 'utf8'),
    })),
  );
  const report = validateModule({
    modulePath: dir,
    files,
    readFile: (file) => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return null;
      }
    },
  });
  return {
    desired: report.desired.map((d) => ({
      address: d.address,
      type: d.type,
      name: d.name,
      config: d.config as TDesiredResource['config'],
      file: d.file,
      line: d.line,
    })),
    diagnostics: report.diagnostics,
    hasErrors: report.diagnostics.some((d) => d.severity === 'error'),
  };
}

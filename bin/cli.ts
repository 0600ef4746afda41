/**
 * The `rampart` command line: a thin shell over lib/. Each command lives in bin/commands/ and
 * registers itself here; every command has `--help` (commander adds it).
 */
import { Command, CommanderError } from 'commander';
import { registerBuild } from './commands/build.ts';
import { registerLocalSecure } from './commands/local-secure.ts';
import { registerServe } from './commands/serve.ts';
import { registerUser } from './commands/user.ts';
import { registerValidate } from './commands/validate.ts';
import { registerPlan } from './commands/plan.ts';
import { registerApply } from './commands/apply.ts';
import { registerFmt } from './commands/fmt.ts';
import { registerHcl } from './commands/hcl.ts';
import { registerImport } from './commands/import.ts';
import { formatCliError } from './format-cli-error.ts';

/** Runs the CLI with `argv` (as in process.argv) and resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('rampart')
    .description('Rampart: a web studio for Sysdig Secure security-as-code repositories.')
    .showHelpAfterError()
    .exitOverride();
  registerServe(program);
  registerFmt(program);
  registerHcl(program);
  registerBuild(program);
  registerLocalSecure(program);
  registerUser(program);
  registerImport(program);
  registerValidate(program);
  registerPlan(program);
  registerApply(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors with 2 (like terraform).
      return error.exitCode === 0 ? 0 : 2;
    }
    process.stderr.write(`rampart: ${formatCliError(error)}\n`);
    return 1;
  }
}

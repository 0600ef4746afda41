import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../../lib/errors/app-error.ts';
import { ZPlan } from '../../lib/plan/plan-model.ts';
import { getEnv } from '../../lib/env.ts';
import { applyPlan } from '../../lib/runs/apply-plan.ts';
import { recordRun } from '../../lib/runs/record-run.ts';
import type { TRunEvent } from '../../lib/runs/run-types.ts';
import { loadPlanContext } from '../plan-context.ts';

/** `rampart apply [dir] (--plan plan.json | --auto-approve)`. */
export function registerApply(program: Command): void {
  program
    .command('apply')
    .description(
      'Apply the module in DIR to Sysdig Secure: a reviewed plan (--plan), or plan and apply at once (--auto-approve).',
    )
    .argument('[dir]', 'the root module folder', '.')
    .option(
      '--plan <file>',
      'the plan you reviewed (from rampart plan --out); refused if Secure or the code changed since',
    )
    .option('--auto-approve', 'plan and apply without a reviewed plan')
    .option('--state <file>', 'bindings file (default DIR/.rampart/state.json)')
    .option(
      '--secure-url <url>',
      'Secure backend (default SYSDIG_SECURE_URL); the token is SYSDIG_SECURE_API_TOKEN',
    )
    .action(
      async (
        dir: string,
        options: { plan?: string; autoApprove?: boolean; state?: string; secureUrl?: string },
      ) => {
        if (!options.plan === !options.autoApprove) {
          process.stderr.write(
            'rampart apply: give exactly one of --plan FILE or --auto-approve\n',
          );
          process.exitCode = 2;
          return;
        }
        const reviewed = options.plan
          ? parsePlanFile(options.plan, await readFile(options.plan, 'utf8').catch(() => null))
          : null;
        const context = await loadPlanContext(dir, options);
        const record = await applyPlan({
          client: context.client,
          desired: context.module.desired,
          bindings: context.bindings,
          reviewed,
          commit: context.commit,
          actor: 'cli',
          lockDir: context.lockDir,
          onEvent: printEvent,
        });
        await recordRun(getEnv().dataDir, record, `${context.dir} → ${context.client.baseUrl}`);
        const done = record.steps.filter((s) => s.status === 'done').length;
        if (record.status === 'succeeded') {
          process.stdout.write(
            `\nApply complete: ${done} step${done === 1 ? '' : 's'} done. Bindings in ${context.stateFile}.\n`,
          );
          process.exitCode = 0;
          return;
        }
        const failed = record.steps.filter((s) => s.status === 'failed');
        const notStarted = record.steps.filter((s) => s.status === 'not-started');
        process.stdout.write(
          `\nApply failed: ${done} done, ${failed.length} failed, ${notStarted.length} not started.\n` +
            failed.map((s) => `  failed: ${s.action} ${s.address}: ${s.error ?? ''}\n`).join('') +
            notStarted.map((s) => `  not started: ${s.action} ${s.address}\n`).join('') +
            'Run `rampart plan` to see exactly what remains.\n',
        );
        process.exitCode = 1;
      },
    );
}

function parsePlanFile(file: string, text: string | null) {
  if (text === null)
    throw new AppError('INVALID_INPUT', { message: `cannot read the plan file ${file}` });
  try {
    return ZPlan.parse(JSON.parse(text));
  } catch {
    throw new AppError('INVALID_INPUT', {
      message: `${file} is not a plan written by rampart plan --out`,
    });
  }
}

function printEvent(event: TRunEvent): void {
  if (event.type !== 'step' || event.step.status === 'running') return;
  const mark = event.step.status === 'done' ? '✓' : event.step.status === 'failed' ? '✗' : '·';
  process.stdout.write(
    `${mark} ${event.step.action} ${event.step.address}${event.step.error ? `: ${event.step.error}` : ''}\n`,
  );
}

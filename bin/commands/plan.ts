import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { appendAuditEvent } from '../../lib/audit/append-audit-event.ts';
import { getEnv } from '../../lib/env.ts';
import { renderPlanText } from '../../lib/plan/render-plan-text.ts';
import { planAgainstSecure } from '../../lib/runs/plan-against-secure.ts';
import { loadPlanContext } from '../plan-context.ts';

/** `rampart plan [dir]`: what an apply would change in Secure. */
export function registerPlan(program: Command): void {
  program
    .command('plan')
    .description(
      'Show what applying the module in DIR would change in Sysdig Secure (reads Secure, changes nothing).',
    )
    .argument('[dir]', 'the root module folder', '.')
    .option(
      '--format <format>',
      'text (like terraform plan) or json (close to terraform show -json)',
      'text',
    )
    .option('--out <file>', 'also write the plan as JSON, for `rampart apply --plan`')
    .option(
      '--state <file>',
      'bindings file (default DIR/.rampart/state.json; seeded from DIR/terraform.tfstate)',
    )
    .option(
      '--secure-url <url>',
      'Secure backend (default SYSDIG_SECURE_URL); the token is SYSDIG_SECURE_API_TOKEN',
    )
    .option(
      '--detailed-exitcode',
      'exit 2 when there are changes (0 none, 1 error), like terraform',
    )
    .action(
      async (
        dir: string,
        options: {
          format: string;
          out?: string;
          state?: string;
          secureUrl?: string;
          detailedExitcode?: boolean;
        },
      ) => {
        if (options.format !== 'text' && options.format !== 'json') {
          process.stderr.write(
            `rampart plan: --format must be text or json (got "${options.format}")\n`,
          );
          process.exitCode = 2;
          return;
        }
        const context = await loadPlanContext(dir, options);
        const { plan, requestCount } = await planAgainstSecure(
          context.client,
          context.module.desired,
          await context.bindings.read(),
          context.commit ?? undefined,
        );
        await appendAuditEvent(getEnv().dataDir, {
          actor: 'cli',
          action: 'plan',
          target: `${dir} → ${context.client.baseUrl}`,
          detail: {
            planHash: plan.contentHash,
            commit: context.commit,
            add: plan.summary.add,
            change: plan.summary.change,
            destroy: plan.summary.destroy,
            import: plan.summary.import,
          },
        });
        if (options.out) await writeFile(options.out, `${JSON.stringify(plan, null, 2)}\n`);
        if (options.format === 'json') process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
        else
          process.stdout.write(
            `${renderPlanText(plan)}\n(read Secure in ${requestCount} requests)\n`,
          );
        const { add, change, destroy, import: adopted, replace } = plan.summary;
        const hasChanges = add + change + destroy + adopted + replace > 0;
        process.exitCode = options.detailedExitcode && hasChanges ? 2 : 0;
      },
    );
}

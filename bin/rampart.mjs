#!/usr/bin/env node
// Entry point of the `rampart` command. The CLI is TypeScript (a thin shell over lib/), loaded
// through tsx so `npx rampart` works right after `npm ci`, with no build step.
import './register-hooks.mjs';

// Offline by design: Next.js must not send telemetry, in the build or at run time.
process.env.NEXT_TELEMETRY_DISABLED = '1';

const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv);

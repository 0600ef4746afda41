#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.ts in turn, prints its numbers and writes them all to
// bench/results.json. Benchmarks measure; tests never assert on time.
import './register-hooks.mjs';

const { runBenchmarks } = await import('./run-benchmarks.ts');
process.exitCode = await runBenchmarks(process.argv.slice(2));

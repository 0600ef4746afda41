import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = fileURLToPath(new URL('../bench/', import.meta.url));
const runOne = fileURLToPath(new URL('./run-benchmark.ts', import.meta.url));
const registerHooks = new URL('./register-hooks.mjs', import.meta.url).href;

/**
 * Runs `bench/<file>` in a fresh Node process and returns its numbers. One process per
 * benchmark: a "cold" number then means a process that has run nothing else (in a shared
 * process the HCL parse ran after the editing benchmark and collected its garbage), and no
 * benchmark's leftovers (servers, heap, optimised code) affect another.
 */
async function runInFreshProcess(file: string): Promise<Record<string, unknown>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rampart-bench-'));
  try {
    const out = path.join(dir, 'numbers.json');
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', registerHooks, runOne, path.join(benchDir, file), out],
        { stdio: 'inherit' },
      );
      child.on('error', reject);
      child.on('exit', resolve);
    });
    if (code !== 0) throw new Error(`the benchmark process exited with ${code}`);
    return JSON.parse(await readFile(out, 'utf8')) as Record<string, unknown>;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs all benchmarks (or those whose name contains one of `filters`); returns the exit code. */
export async function runBenchmarks(filters: string[]): Promise<number> {
  const files = (await readdir(benchDir)).filter((name) => name.endsWith('.bench.ts')).sort();
  const selected = files.filter(
    (name) => filters.length === 0 || filters.some((f) => name.includes(f)),
  );
  const results: Record<string, unknown> = {
    machine: {
      node: process.version,
      cpus: (await import('node:os')).cpus().length,
      date: new Date().toISOString(),
    },
  };
  let failed = false;
  for (const file of selected) {
    const name = file.replace(/\.bench\.ts$/, '');
    process.stdout.write(`\n== ${name}\n`);
    try {
      const numbers = await runInFreshProcess(file);
      results[name] = numbers;
      process.stdout.write(`${JSON.stringify(numbers, null, 2)}\n`);
    } catch (error) {
      failed = true;
      results[name] = { error: error instanceof Error ? error.message : String(error) };
      process.stdout.write(`failed: ${String(error)}\n`);
    }
  }
  await mkdir(benchDir, { recursive: true });
  await writeFile(path.join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`\nwrote bench/results.json\n`);
  return failed ? 1 : 0;
}

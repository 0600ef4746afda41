import { readdir, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A benchmark module: `bench/<name>.bench.ts` default-exports a function returning its numbers. */
type TBenchmark = () => Promise<Record<string, unknown>>;

const benchDir = fileURLToPath(new URL('../bench/', import.meta.url));

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
      const benchmark = (await import(pathToFileURL(path.join(benchDir, file)).href)) as {
        default: TBenchmark;
      };
      const numbers = await benchmark.default();
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

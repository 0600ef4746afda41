import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

// One benchmark in this process (spawned by run-benchmarks.ts): `bench/<name>.bench.ts`'s
// default export runs, and its numbers are written as JSON to the file given second.
const [benchFile, outFile] = process.argv.slice(2);
if (!benchFile || !outFile) throw new Error('usage: run-benchmark.ts <bench file> <result file>');
const benchmark = (await import(pathToFileURL(benchFile).href)) as {
  default: () => Promise<Record<string, unknown>>;
};
const numbers = await benchmark.default();
await writeFile(outFile, JSON.stringify(numbers));
// Benchmarks may leave servers or timers behind; the numbers are written.
process.exit(0);

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getChildProcessBaseEnv } from '../lib/env.ts';
import { formatHcl } from '../lib/hcl/format-hcl.ts';
import { hclToJson } from '../lib/hcl/hcl-to-json.ts';
import { parseHcl } from '../lib/hcl/parse-hcl.ts';

// terraform must not read a user CLI config (DESIGN §4); it cannot download anything here anyway.
const terraformEnv = {
  ...getChildProcessBaseEnv(),
  TF_CLI_CONFIG_FILE: '/dev/null',
  NODE_ENV: 'production' as const,
};

/**
 * The corpus, generated in a child process. Generated here, the generator's own functions were
 * still being compiled by V8's background threads when the cold parse started (about 180 ms of
 * compile jobs finished inside the timed window: `node --trace-opt`), competing with the parser
 * for the two cores. Now the timed parse runs in a process that has only read a JSON file.
 */
function corpusFromAnotherProcess(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'rampart-hcl-corpus-'));
  try {
    const out = join(dir, 'corpus.json');
    execFileSync(
      process.execPath,
      [
        '--import',
        new URL('../bin/register-hooks.mjs', import.meta.url).href,
        fileURLToPath(new URL('./helpers/write-hcl-corpus.ts', import.meta.url)),
        out,
      ],
      { stdio: 'inherit' },
    );
    return JSON.parse(readFileSync(out, 'utf8')) as string[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Benchmarks lib/hcl on 1,000 generated files / 10,000 resources (~5 MB). */
export default async function benchHcl(): Promise<Record<string, unknown>> {
  const files = corpusFromAnotherProcess();
  const bytes = files.reduce((n, t) => n + t.length, 0);
  const memoryBefore = process.memoryUsage();

  let t0 = performance.now();
  let cpu0 = process.cpuUsage();
  let results = files.map((text, i) => parseHcl(text, { filename: `f${i}.tf` }));
  const coldMs = performance.now() - t0;
  // CPU time of this process (all its threads: JIT compiler and GC included): less sensitive
  // than wall time to other processes competing for the machine.
  const coldCpu = process.cpuUsage(cpu0);
  const resources = results.reduce((n, r) => n + r.blocks.length, 0);
  const filesWithErrors = results.filter((r) => r.diagnostics.length > 0).length;
  const memoryAfter = process.memoryUsage();

  const warm: number[] = [];
  const warmCpu: number[] = [];
  for (let run = 0; run < 5; run++) {
    t0 = performance.now();
    cpu0 = process.cpuUsage();
    results = files.map((text, i) => parseHcl(text, { filename: `f${i}.tf` }));
    warm.push(performance.now() - t0);
    const used = process.cpuUsage(cpu0);
    warmCpu.push((used.user + used.system) / 1000);
  }
  const warmMs = median(warm);

  const one = files.find((t) => t.length >= 4500) ?? (files[0] as string);
  const reparse: number[] = [];
  for (let run = 0; run < 300; run++) {
    t0 = performance.now();
    parseHcl(one);
    reparse.push(performance.now() - t0);
  }

  t0 = performance.now();
  for (const text of files) hclToJson(text);
  const jsonMs = performance.now() - t0;
  t0 = performance.now();
  for (const text of files) formatHcl(text);
  const formatMs = performance.now() - t0;

  let terraformFmtCheckMs: number | string = 'terraform not found';
  try {
    execFileSync('terraform', ['version'], { stdio: 'ignore', env: terraformEnv });
    const dir = mkdtempSync(join(tmpdir(), 'rampart-hcl-bench-'));
    try {
      files.forEach((text, i) =>
        writeFileSync(join(dir, `f${String(i).padStart(4, '0')}.tf`), text),
      );
      t0 = performance.now();
      try {
        execFileSync('terraform', ['fmt', '-check', '-recursive', dir], {
          stdio: 'ignore',
          env: terraformEnv,
        });
      } catch {
        // -check exits 3 when some file would change; only the time matters here.
      }
      terraformFmtCheckMs = Math.round(performance.now() - t0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } catch {
    // terraform binary absent: reported above.
  }

  return {
    files: files.length,
    resources,
    filesWithErrors,
    megabytes: Number((bytes / 1e6).toFixed(2)),
    coldParseAllMs: Math.round(coldMs),
    coldParseAllCpuMs: Math.round((coldCpu.user + coldCpu.system) / 1000),
    warmParseAllMs: Math.round(warmMs),
    warmParseAllCpuMs: Math.round(median(warmCpu)),
    loadAverage1m: loadavg()[0],
    throughputMBps: Number((bytes / 1e6 / (warmMs / 1000)).toFixed(1)),
    reparseOneFileBytes: one.length,
    reparseOneFileMedianMs: Number(median(reparse).toFixed(3)),
    hclToJsonAllMs: Math.round(jsonMs),
    formatAllMs: Math.round(formatMs),
    heapUsedMB: Math.round(memoryAfter.heapUsed / 1e6),
    heapGrowthForIndexMB: Math.round((memoryAfter.heapUsed - memoryBefore.heapUsed) / 1e6),
    rssMB: Math.round(process.memoryUsage().rss / 1e6),
    terraformFmtCheckMs,
  };
}

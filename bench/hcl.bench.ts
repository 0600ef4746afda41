import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { getChildProcessBaseEnv } from '../lib/env.ts';
import { formatHcl } from '../lib/hcl/format-hcl.ts';
import { hclToJson } from '../lib/hcl/hcl-to-json.ts';
import { parseHcl } from '../lib/hcl/parse-hcl.ts';
import { createRandom, generateFile } from '../tests/unit/hcl/generate-corpus.ts';

/** A realistic Sysdig Secure resource (~450 bytes). */
function sysdigResource(random: () => number, i: number): string {
  return `# Managed by Rampart: resource ${i}, owned by team-${i % 7}.\n${sysdigResourceBody(random, i)}`;
}

function sysdigResourceBody(random: () => number, i: number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  switch (i % 4) {
    case 0:
      return `resource "sysdig_secure_custom_policy" "policy_${i}" {
  name        = "Policy ${i}: ${pick(['terminal shell', 'crypto mining', 'sensitive mount', 'write below etc'])}"
  description = "Alert when ${pick(['a shell', 'a miner', 'a privileged container'])} runs in \${var.env}"
  severity    = ${pick([0, 4, 7])}
  enabled     = ${pick(['true', 'false'])}
  scope       = "kubernetes.namespace.name in (\\"prod\\", \\"staging\\")"
  runbook     = "https://runbooks.example.com/${i}"

  rules {
    name    = sysdig_secure_rule_falco.rule_${i}.name
    enabled = true
  }

  actions {
    container = "stop"
    capture {
      seconds_before_event = 10
      seconds_after_event  = 20
      name                 = "capture-${i}"
    }
  }

  notification_channels = [sysdig_secure_notification_channel_email.team.id]

  lifecycle {
    ignore_changes = [description]
  }
}
`;
    case 1:
      return `resource "sysdig_secure_list" "list_${i}" {
  name   = "list_${i}"
  items  = ["/bin/sh", "/bin/bash", "/usr/bin/${pick(['zsh', 'fish', 'ksh'])}", "\${var.extra_shell}"]
  append = ${pick(['true', 'false'])}
  # items are matched literally by Falco
}
`;
    case 2:
      return `resource "sysdig_secure_macro" "macro_${i}" {
  name      = "macro_${i}"
  condition = "proc.name in (\${sysdig_secure_list.list_${i - 1}.name}) and container.id != host"
  append    = false

  lifecycle {
    create_before_destroy = true
  }
}
`;
    default:
      return `resource "sysdig_secure_rule_falco" "rule_${i}" {
  name        = "Rule ${i}" # trailing comment
  description = <<-EOT
    Detects ${pick(['shells', 'miners', 'escapes'])} in containers.
    Owner: team-${i % 7}
  EOT
  tags        = ["container", "shell", "mitre_execution"]
  condition   = "spawned_process and container and \${local.shell_procs}"
  output      = "Shell spawned (user=%user.name container=%container.name)"
  priority    = "${pick(['warning', 'error', 'notice'])}"
  source      = "syscall"
  exceptions {
    name   = "trusted"
    fields = ["proc.name", "container.image.repository"]
    comps  = ["in", "="]
    values = jsonencode([["sh", "docker.io/library/alpine"]])
  }
}
`;
  }
}

export function corpus(): string[] {
  const random = createRandom(1000);
  const files: string[] = [];
  for (let f = 0; f < 1000; f++) {
    let text = '';
    for (let r = 0; r < 9; r++) text += `${sysdigResource(random, f * 10 + r)}\n`;
    text += generateFile(f, 1)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n/g, '\n'); // one syntactically varied block per file
    files.push(text);
  }
  return files;
}

// terraform must not read a user CLI config (DESIGN §4); it cannot download anything here anyway.
const terraformEnv = {
  ...getChildProcessBaseEnv(),
  TF_CLI_CONFIG_FILE: '/dev/null',
  NODE_ENV: 'production' as const,
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Benchmarks lib/hcl on 1,000 generated files / 10,000 resources (~5 MB). */
export default async function benchHcl(): Promise<Record<string, unknown>> {
  const files = corpus();
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

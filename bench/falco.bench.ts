// Benchmark of lib/falco: a generated rules file of 2,000 rules (+ macros and lists) through
// parse, validate and resolve (resolve includes its own validation pass; endToEnd = resolve from
// text). Medians and minimums of 5 runs after a warm-up, in ms. Prints nothing.
import { parseRulesFile, resolveRuleSources, validateRulesFile } from '../lib/falco/index.ts';

const RULES = 2000;
const MACROS = 500;
const LISTS = 200;
const RUNS = 5;

function generateRulesFile(): string {
  const lines: string[] = ['- required_engine_version: 0.31.0', ''];
  for (let index = 0; index < LISTS; index++) {
    lines.push(
      `- list: bench_list_${index}`,
      `  items: [item_${index}_a, "/usr/bin/item_${index}", item_${index}_c]`,
      '',
    );
  }
  for (let index = 0; index < MACROS; index++) {
    const previous = index > 0 ? ` or bench_macro_${index - 1}` : '';
    lines.push(
      `- macro: bench_macro_${index}`,
      `  condition: (proc.name in (bench_list_${index % LISTS}) and fd.sport = ${1000 + index})${previous}`,
      '',
    );
  }
  for (let index = 0; index < RULES; index++) {
    lines.push(
      `- rule: Bench rule ${index}`,
      `  desc: Generated rule number ${index} for the benchmark`,
      '  condition: >',
      `    evt.type in (open, openat, execve) and evt.dir = < and bench_macro_${index % MACROS}`,
      `    and not proc.pname in (bench_list_${(index + 1) % LISTS}, sshd, "containerd-shim")`,
      `    and (fd.name startswith /etc/ or tolower(proc.cmdline) contains "curl -s" or proc.aname[2] = bash)`,
      `  output: "Bench ${index} (user=%user.name cmd=%proc.cmdline file=%fd.name)"`,
      `  priority: ${['WARNING', 'notice', 'Critical', 'info'][index % 4]}`,
      `  tags: [bench, group_${index % 10}]`,
    );
    if (index % 5 === 0) {
      lines.push(
        '  exceptions:',
        '    - name: known',
        '      fields: [proc.name, fd.name]',
        '      comps: [=, startswith]',
        '      values:',
        '        - [cron, /var/spool]',
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Number((sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(1));
}

function minimum(values: number[]): number {
  return Number(Math.min(...values).toFixed(1));
}

/** Times parse, validate and resolve of the generated file; medians of RUNS runs after a warm-up. */
export default async function benchFalco(): Promise<Record<string, number>> {
  const text = generateRulesFile();
  const parseTimes: number[] = [];
  const validateTimes: number[] = [];
  const resolveTimes: number[] = [];
  const endToEndTimes: number[] = [];
  let diagnostics = 0;
  let items = 0;
  for (let run = 0; run <= RUNS; run++) {
    let started = performance.now();
    const parsed = parseRulesFile(text, { filename: 'bench.yaml' });
    const parseMs = performance.now() - started;
    started = performance.now();
    const validation = validateRulesFile(parsed);
    const validateMs = performance.now() - started;
    started = performance.now();
    const resolved = resolveRuleSources([{ kind: 'parsed', parsed }]);
    const resolveMs = performance.now() - started;
    started = performance.now();
    resolveRuleSources([{ kind: 'file', filename: 'bench.yaml', text }]);
    const endToEndMs = performance.now() - started;
    if (run === 0) continue;
    parseTimes.push(parseMs);
    validateTimes.push(validateMs);
    resolveTimes.push(resolveMs);
    endToEndTimes.push(endToEndMs);
    items = parsed.items.length;
    diagnostics =
      validation.length +
      resolved.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  }
  return {
    rules: RULES,
    macros: MACROS,
    lists: LISTS,
    items,
    bytes: text.length,
    parseMs: median(parseTimes),
    validateMs: median(validateTimes),
    resolveMs: median(resolveTimes),
    endToEndMs: median(endToEndTimes),
    parseMinMs: minimum(parseTimes),
    validateMinMs: minimum(validateTimes),
    resolveMinMs: minimum(resolveTimes),
    endToEndMinMs: minimum(endToEndTimes),
    unexpectedDiagnostics: diagnostics,
  };
}

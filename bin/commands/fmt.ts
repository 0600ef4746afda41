import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { formatHcl } from '../../lib/hcl/format-hcl.ts';
import { parseHcl } from '../../lib/hcl/parse-hcl.ts';

/** Lists the `.tf` files under `path` (recursively; dot-files and dot-directories skipped, as terraform does). */
async function collectTfFiles(path: string, out: string[]): Promise<void> {
  const info = await stat(path);
  if (!info.isDirectory()) {
    out.push(path);
    return;
  }
  const entries = await readdir(path, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name.endsWith('~')) continue;
    const child = join(path, entry.name);
    if (entry.isDirectory()) await collectTfFiles(child, out);
    else if (entry.name.endsWith('.tf')) out.push(child);
  }
}

/**
 * `rampart fmt <file|dir…> [--check]`: formats Terraform files exactly like `terraform fmt`.
 * Rewrites files that change and prints their paths; with `--check`, only prints them and exits
 * 1 if any would change. Files with syntax errors are reported on stderr (exit 1) and left alone.
 */
export function registerFmt(program: Command): void {
  program
    .command('fmt')
    .description(
      'Format Terraform (.tf) files like `terraform fmt`; directories are searched recursively.',
    )
    .argument('<paths...>', 'files or directories')
    .option('--check', 'list files whose formatting differs and exit 1 instead of rewriting them')
    .action(async (paths: string[], options: { check?: boolean }) => {
      const files: string[] = [];
      for (const path of paths) await collectTfFiles(path, files);
      let hasErrors = false;
      let hasChanges = false;
      for (const file of files) {
        const text = await readFile(file, 'utf8');
        const { diagnostics } = parseHcl(text, { filename: file });
        if (diagnostics.length > 0) {
          hasErrors = true;
          for (const d of diagnostics) {
            process.stderr.write(
              `${file}:${d.range.start.line}:${d.range.start.column}: ${d.message}; ${d.detail ?? ''}\n`,
            );
          }
          continue;
        }
        const formatted = formatHcl(text);
        if (formatted === text) continue;
        hasChanges = true;
        process.stdout.write(`${file}\n`);
        if (!options.check) await writeFile(file, formatted, 'utf8');
      }
      if (hasErrors || (options.check && hasChanges)) process.exitCode = 1;
    });
}

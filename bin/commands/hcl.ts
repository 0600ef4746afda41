import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { hclToJson } from '../../lib/hcl/hcl-to-json.ts';

/**
 * `rampart hcl json <file…>`: converts each file to the JSON shape of `@cdktn/hcl2json`, in
 * one process, printing one JSON line per file: `{"file","ok":true,"json"}` or
 * `{"file","ok":false,"diagnostics":[{"message","detail","line","column"}]}`. Exits 1 if any
 * file failed.
 */
export function registerHcl(program: Command): void {
  const hcl = program.command('hcl').description('HCL tools.');
  hcl
    .command('json')
    .description('Print each file as hcl2json-shaped JSON, one line per file.')
    .argument('<files...>', '.tf files')
    .action(async (files: string[]) => {
      let failed = false;
      for (const file of files) {
        let text: string;
        try {
          text = await readFile(file, 'utf8');
        } catch (error) {
          failed = true;
          const message = `Cannot read file: ${(error as Error).message}`;
          process.stdout.write(
            `${JSON.stringify({ file, ok: false, diagnostics: [{ message, line: 0, column: 0 }] })}\n`,
          );
          continue;
        }
        const result = hclToJson(text, { filename: file });
        if (result.ok) {
          process.stdout.write(`${JSON.stringify({ file, ok: true, json: result.json })}\n`);
          continue;
        }
        failed = true;
        const diagnostics =
          result.diagnostics.length > 0
            ? result.diagnostics.map((d) => ({
                message: d.message,
                detail: d.detail,
                line: d.range.start.line,
                column: d.range.start.column,
              }))
            : [{ message: result.message, line: 1, column: 1 }];
        process.stdout.write(`${JSON.stringify({ file, ok: false, diagnostics })}\n`);
      }
      if (failed) process.exitCode = 1;
    });
}

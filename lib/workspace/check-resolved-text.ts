import 'server-only';
import { AppError } from '../errors/app-error.ts';
import { parseHcl } from '../hcl/index.ts';

const MARKER = /^(<{7}|={7}|>{7}|\|{7})(?: |$)/;

/**
 * Checks the text a person resolved a conflicted file to: no conflict marker line is left, and a
 * `.tf` file parses (lib/hcl). Throws AppError('INVALID_INPUT') saying where (`file:line:column`)
 * and what is wrong; returns nothing when the text is acceptable. Pure.
 */
export function checkResolvedText(repoPath: string, text: string): void {
  const lines = text.split('\n');
  const markerLine = lines.findIndex((line) => MARKER.test(line.replace(/\r$/, '')));
  if (markerLine >= 0) {
    throw new AppError('INVALID_INPUT', {
      message: `${repoPath}:${markerLine + 1}:1: a conflict marker is left (${lines[markerLine]!.slice(0, 7)})`,
      userMessage: `${repoPath}:${markerLine + 1}:1: a conflict marker ("${lines[markerLine]!.slice(0, 7)}") is still there. Keep the lines you want and remove the markers.`,
      invalidParams: [{ name: 'content', reason: `conflict marker at line ${markerLine + 1}` }],
    });
  }
  if (!repoPath.endsWith('.tf')) return;
  const error = parseHcl(text, { filename: repoPath }).diagnostics.find(
    (d) => d.severity === 'error',
  );
  if (error) {
    const where = `${repoPath}:${error.range.start.line}:${error.range.start.column}`;
    throw new AppError('INVALID_INPUT', {
      message: `${where}: ${error.message}`,
      userMessage: `${where}: ${error.message}${error.detail ? ` ${error.detail}` : ''} Fix it before accepting the resolution.`,
      invalidParams: [{ name: 'content', reason: `${where}: ${error.message}` }],
    });
  }
}

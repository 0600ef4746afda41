/**
 * Renders `key = value` lines at `indent` in `terraform fmt` style: the `=` of consecutive
 * single-line assignments is aligned (hclwrite `formatCells`); an assignment whose value opens a
 * multi-line bracket ends the aligned group and gets one space. A heredoc (`<<EOT`) joins the group
 * on its first line and closes it. Widths count code points. Never throws.
 */
export function renderAssignments(
  entries: readonly (readonly [key: string, value: string])[],
  indent: string,
  eol: string,
): string {
  const lines: string[] = [];
  let group: (readonly [string, string])[] = [];
  const flush = (): void => {
    const width = Math.max(0, ...group.map(([key]) => [...key].length));
    for (const [key, value] of group)
      lines.push(`${indent}${key}${' '.repeat(width - [...key].length)} = ${value}`);
    group = [];
  };
  for (const entry of entries) {
    const [key, value] = entry;
    const isMultiLine = value.includes('\n');
    if (!isMultiLine) {
      group.push(entry);
      continue;
    }
    if (value.startsWith('<<')) {
      group.push(entry);
      flush();
      continue;
    }
    flush();
    lines.push(`${indent}${key} = ${value}`);
  }
  flush();
  return lines.join(eol);
}

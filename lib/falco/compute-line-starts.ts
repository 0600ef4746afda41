/**
 * Offsets at which each line of `text` starts. Line breaks are `\n`, `\r\n` and lone `\r`,
 * matching how YAML and editors count lines.
 */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10) {
      starts.push(index + 1);
    } else if (code === 13) {
      if (text.charCodeAt(index + 1) === 10) index++;
      starts.push(index + 1);
    }
  }
  return starts;
}

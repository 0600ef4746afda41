/** Folders (relative, '' for the root) that directly contain `.tf` or `.tf.json` files, sorted. */
export function findRootModules(files: string[]): string[] {
  const folders = new Set<string>();
  for (const file of files) {
    if (!/\.tf(\.json)?$/.test(file)) continue;
    if (file.split('/').some((part) => part === '.terraform' || part.startsWith('.'))) continue;
    const slash = file.lastIndexOf('/');
    folders.add(slash === -1 ? '' : file.slice(0, slash));
  }
  return [...folders].sort();
}

import 'server-only';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ZBindings, type TBindings } from '../plan/live-snapshot.ts';
import { writeFileAtomic } from '../workspace/write-file-atomic.ts';

/** Reads bindings (address → remote id + last applied) from `file`; none when it does not exist. */
export async function readBindings(file: string): Promise<TBindings> {
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return {};
  return ZBindings.parse(JSON.parse(text));
}

/** Writes bindings atomically (mode 0600: they hold applied configurations). */
export async function writeBindings(file: string, bindings: TBindings): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(bindings, null, 2)}\n`, 0o600);
}

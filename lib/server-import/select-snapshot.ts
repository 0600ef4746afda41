import 'server-only';
import type { TImportableFamily } from '../contracts/import-api.ts';
import { AppError } from '../errors/app-error.ts';
import type { TImportSnapshot } from '../import/index.ts';

/** A live object chosen for import. */
export interface TChosenObject {
  apiFamily: TImportableFamily;
  id: string;
}

const COLLECTION: Record<TImportableFamily, keyof TImportSnapshot> = {
  'notification-channel': 'channels',
  'v2-policy': 'v2Policies',
  rule: 'rules',
  list: 'lists',
  macro: 'macros',
};

/**
 * The part of `snapshot` holding only the chosen objects. Throws AppError('NOT_FOUND') naming the
 * chosen objects the snapshot does not hold (deleted from Secure since the plan listed them).
 */
export function selectSnapshot(
  snapshot: TImportSnapshot,
  chosen: readonly TChosenObject[],
): TImportSnapshot {
  const selected: Record<string, unknown[]> = {};
  const missing: string[] = [];
  for (const object of chosen) {
    const key = COLLECTION[object.apiFamily];
    const found = (snapshot[key] ?? []).find(
      (live) => String((live as { id?: unknown }).id) === object.id,
    );
    if (found === undefined) missing.push(`${object.apiFamily} ${object.id}`);
    else if (!(selected[key] ??= []).includes(found)) selected[key].push(found);
  }
  if (missing.length > 0) {
    throw new AppError('NOT_FOUND', {
      message: `import: not in Secure: ${missing.join(', ')}`,
      userMessage: `Secure no longer has ${missing.join(', ')}: run the plan again to see what is unmanaged now.`,
    });
  }
  return selected as TImportSnapshot;
}

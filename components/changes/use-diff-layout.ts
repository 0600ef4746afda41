'use client';
import { useCallback, useSyncExternalStore } from 'react';

/** How the diff editor shows a change: two panes, or one with removed lines above added ones. */
export type TDiffLayout = 'side-by-side' | 'inline';

const KEY = 'rampart.diffLayout';
const listeners = new Set<() => void>();

function read(): TDiffLayout {
  try {
    return window.localStorage.getItem(KEY) === 'inline' ? 'inline' : 'side-by-side';
  } catch {
    return 'side-by-side';
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** The person's diff layout, remembered in this browser (localStorage) across reloads and tabs. */
export function useDiffLayout(): [TDiffLayout, (layout: TDiffLayout) => void] {
  const layout = useSyncExternalStore(subscribe, read, () => 'side-by-side' as const);
  const set = useCallback((next: TDiffLayout) => {
    try {
      window.localStorage.setItem(KEY, next);
    } catch {
      // Storage disabled: the choice lasts until the page closes.
    }
    for (const listener of listeners) listener();
  }, []);
  return [layout, set];
}

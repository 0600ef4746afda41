import 'server-only';
import type { TRunEvent } from './run-types.ts';

/** A run in progress (or just finished) in this server process: its events so far and listeners. */
interface TLiveRun {
  workspaceId: string;
  events: TRunEvent[];
  listeners: Set<(event: TRunEvent) => void>;
  isFinished: boolean;
}

const KEY = Symbol.for('rampart.live-runs');
const holder = globalThis as typeof globalThis & { [KEY]?: Map<string, TLiveRun> };
const runs = (holder[KEY] ??= new Map<string, TLiveRun>());

/** Registers a run so its progress can be streamed; returns the function that publishes events. */
export function registerLiveRun(runId: string, workspaceId: string): (event: TRunEvent) => void {
  const run: TLiveRun = { workspaceId, events: [], listeners: new Set(), isFinished: false };
  runs.set(runId, run);
  return (event) => {
    run.events.push(event);
    if (event.type === 'finished') {
      run.isFinished = true;
      // Keep finished runs briefly for late subscribers, then forget them (the record is on disk).
      setTimeout(() => runs.delete(runId), 10 * 60 * 1000).unref?.();
    }
    for (const listener of run.listeners) listener(event);
  };
}

/**
 * Subscribes to a run's events: `onEvent` first receives every event so far, then each new one.
 * Returns an unsubscribe function, or null when no such run is known (in this workspace).
 */
export function subscribeToRun(
  runId: string,
  workspaceId: string,
  onEvent: (event: TRunEvent) => void,
): (() => void) | null {
  const run = runs.get(runId);
  if (!run || run.workspaceId !== workspaceId) return null;
  for (const event of run.events) onEvent(event);
  run.listeners.add(onEvent);
  return () => run.listeners.delete(onEvent);
}

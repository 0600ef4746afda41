import 'server-only';
import { AppError } from '../errors/app-error.ts';
import { subscribeToRun } from './run-registry.ts';

/**
 * A server-sent-events stream of a run's progress: every event so far, then each new one, ending
 * after the `finished` event. Throws AppError('NOT_FOUND') for an unknown run.
 */
export function streamRunEvents(runId: string, workspaceId: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let unsubscribe: (() => void) | null = null;
  let isClosed = false;
  let isKnown = true;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      unsubscribe = subscribeToRun(runId, workspaceId, (event) => {
        if (isClosed) return;
        controller.enqueue(
          encoder.encode(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`),
        );
        if (event.type === 'finished') {
          isClosed = true;
          controller.close();
        }
      });
      if (!unsubscribe) isKnown = false;
      else if (isClosed) unsubscribe();
    },
    cancel() {
      isClosed = true;
      unsubscribe?.();
    },
  });
  if (!isKnown)
    throw new AppError('NOT_FOUND', {
      message: `no running or recent apply ${runId} in this workspace`,
    });
  return stream;
}

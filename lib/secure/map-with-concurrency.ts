import 'server-only';

/**
 * Maps `items` with at most `concurrency` calls of `worker` in flight; results keep input order.
 * Rejects with the first error; no new call starts after it (calls in flight run to completion).
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  concurrency: number,
  worker: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let hasFailed = false;
  const lanes = Array.from(
    { length: Math.max(1, Math.min(concurrency, items.length)) },
    async () => {
      while (next < items.length && !hasFailed) {
        const index = next;
        next += 1;
        try {
          results[index] = await worker(items[index] as T);
        } catch (error) {
          hasFailed = true;
          throw error;
        }
      }
    },
  );
  await Promise.all(lanes);
  return results;
}

import { describe, expect, it } from 'vitest';
import { mapWithConcurrency } from '../../../lib/secure/map-with-concurrency.ts';

describe('[secure] mapWithConcurrency', () => {
  it('[secure] keeps input order and never exceeds the concurrency', async () => {
    let inFlight = 0;
    let peak = 0;
    const results = await mapWithConcurrency([5, 1, 4, 2, 3], 2, async (value) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, value));
      inFlight -= 1;
      return value * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });

  it('[secure] starts no new call after a failure', async () => {
    const started: number[] = [];
    await expect(
      mapWithConcurrency([1, 2, 3, 4, 5, 6], 2, async (value) => {
        started.push(value);
        if (value === 2) throw new Error('boom');
        await new Promise((resolve) => setTimeout(resolve, 5));
        return value;
      }),
    ).rejects.toThrow('boom');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(started).toEqual([1, 2]);
  });
});

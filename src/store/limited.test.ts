import { describe, expect, it } from 'vitest';
import { mapLimited } from './limited.ts';

describe('mapLimited', () => {
  it('runs every item, never more than the limit at once, results in order', async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimited(
      Array.from({ length: 50 }, (_, i) => i),
      async (item) => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setImmediate(resolve));
        running--;
        return item * 2;
      },
      4,
    );
    expect(results).toEqual(Array.from({ length: 50 }, (_, i) => i * 2));
    expect(most).toBe(4);
  });

  it('rejects with the first failure and starts nothing after it', async () => {
    const started: number[] = [];
    await expect(
      mapLimited([1, 2, 3, 4, 5, 6], async (item) => {
        started.push(item);
        if (item === 2) throw new Error('two');
      }, 1),
    ).rejects.toThrow('two');
    expect(started).toEqual([1, 2]);
  });
});

import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ModelCache } from './cache.ts';

describe('the model cache', () => {
  it('computes once, keeps dates and nested values across runs, in a bounded number of files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'casebook-cache-'));
    const file = path.join(dir, 'model.v8');
    try {
      let computed = 0;
      const value = () => ({ date: new Date('2026-11-05'), list: [1, { a: 'b' }], n: ++computed });
      const first = await ModelCache.open(file);
      first.memo(['case', 'text-1'], value);
      first.memo(['case', 'text-2'], value);
      await first.save();
      expect(computed).toBe(2);

      const second = await ModelCache.open(file);
      const reused = second.memo(['case', 'text-1'], value) as ReturnType<typeof value>;
      expect(reused.date).toBeInstanceOf(Date);
      expect(reused).toEqual({ date: new Date('2026-11-05'), list: [1, { a: 'b' }], n: 1 });
      expect(second.memo(['case', 'text-changed'], value).n).toBe(3);
      expect(second.stats).toEqual({ hits: 1, misses: 1 });
      await second.save();

      const third = await ModelCache.open(file);
      third.memo(['case', 'text-1'], value);
      third.memo(['case', 'text-changed'], value);
      expect(third.stats).toEqual({ hits: 2, misses: 0 });
      for (let n = 0; n < 300; n++) third.memo(['case', `more-${n}`], () => n);
      await third.save();
      expect(readdirSync(file).length).toBeLessThanOrEqual(64);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lets two runs of one process save the same shards at once (the dev server re-checking on quick saves)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'casebook-cache-'));
    try {
      const runs = await Promise.all([1, 2, 3].map(() => ModelCache.open(dir)));
      runs.forEach((run, n) => { for (let key = 0; key < 200; key++) run.memo(['case', key], () => n); });
      await expect(Promise.all(runs.map((run) => run.save()))).resolves.toBeDefined();
      expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      const next = await ModelCache.open(dir);
      for (let key = 0; key < 200; key++) next.memo(['case', key], () => -1);
      expect(next.stats).toEqual({ hits: 200, misses: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts empty when the file is missing or unreadable', async () => {
    const cache = await ModelCache.open(path.join(tmpdir(), 'casebook-no-such-dir', 'model.v8'));
    expect(cache.memo('x', () => 1)).toBe(1);
    expect(cache.stats.misses).toBe(1);
  });
});

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { heapOptions, memoryProblem, readMemory, RESERVE_BYTES, withOwnHeapGrowth } from './memory-guard.ts';

const GB = 1024 ** 3;

describe('the memory guard', () => {
  it('lets a build go on while the machine has more than its reserve left', () => {
    expect(memoryProblem({ available: 4 * GB, total: 24 * GB, rss: 3 * GB })).toBeUndefined();
  });

  it('stops it, saying what it used and what was left, when the machine is nearly out', () => {
    const problem = memoryProblem({ available: 0.5 * GB, total: 24 * GB, rss: 20 * GB });
    expect(problem).toMatch(/stopped before the machine ran out of memory/);
    expect(problem).toContain('using 20.0 GB');
    expect(problem).toContain('only 0.5 GB');
    expect(problem).toContain('last good site');
  });

  it('keeps at least its fixed reserve on a small machine', () => {
    expect(memoryProblem({ available: RESERVE_BYTES - 1, total: 2 * GB, rss: GB })).toBeDefined();
  });

  it('reads this machine\'s memory', () => {
    const reading = readMemory();
    expect(reading.total).toBeGreaterThan(0);
    expect(reading.available).toBeGreaterThan(0);
    expect(reading.available).toBeLessThanOrEqual(reading.total);
  });

  it('ends the build process with its message when the machine is nearly out', () => {
    // A reserve larger than any machine: the guard's worker must stop this process within its first readings.
    const guard = fileURLToPath(new URL('./memory-guard.ts', import.meta.url));
    const script = `const { guardMemory } = await import(${JSON.stringify(guard)}); guardMemory(() => {}, { everyMs: 20, reserveBytes: 2 ** 60 }); setInterval(() => {}, 1000); setTimeout(() => process.exit(3), 20000);`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    expect(child.stderr).toContain('The build stopped before the machine ran out of memory');
  });

  it('lets the build heap use most of the machine, growing by half between collections, unless NODE_OPTIONS says otherwise', () => {
    expect(heapOptions({}, 24 * GB)).toEqual([`--max-old-space-size=${18 * 1024}`, '--heap-growing-percent=50']);
    expect(heapOptions({ NODE_OPTIONS: '--max-old-space-size=2048' }, 24 * GB)).toEqual(['--heap-growing-percent=50']);
    expect(heapOptions({ NODE_OPTIONS: '--max-old-space-size=2048 --heap-growing-percent=100' }, 24 * GB)).toEqual([]);
  });

  it("lets V8 grow the heap by its own rule while the cards are drawn, and sets the build's growth again after, even when drawing fails", async () => {
    const set: string[] = [];
    const setFlags = (flags: string) => set.push(flags);
    const build = { execArgv: ['--max-old-space-size=18432', '--heap-growing-percent=50'], setFlags };
    expect(await withOwnHeapGrowth(async () => set.length, build)).toBe(1);
    expect(set).toEqual(['--heap-growing-percent=0', '--heap-growing-percent=50']);
    set.length = 0;
    await expect(withOwnHeapGrowth(() => Promise.reject(new Error('a card failed')), build)).rejects.toThrow('a card failed');
    expect(set).toEqual(['--heap-growing-percent=0', '--heap-growing-percent=50']);
    // A process started without the option (astro build run directly) is left as it is.
    set.length = 0;
    await withOwnHeapGrowth(async () => undefined, { execArgv: [], setFlags });
    expect(set).toEqual([]);
  });
});

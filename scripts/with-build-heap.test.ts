import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HEAP_SHARE } from '../src/integration/memory-guard.ts';
import { HEAP_SET_ENV, restartArguments } from './with-build-heap.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'casebook-heap-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('withBuildHeap', () => {
  it('starts the script again with the build heap options, keeping its own arguments, once', () => {
    const args = restartArguments({}, ['--no-warnings'], ['/usr/bin/node', 'scripts/check.ts', '--content', 'x']);
    expect(args?.[0]).toBe('--no-warnings');
    expect(args?.some((arg) => arg.startsWith('--max-old-space-size='))).toBe(true);
    expect(args?.slice(-3)).toEqual(['scripts/check.ts', '--content', 'x']);
    expect(restartArguments({ [HEAP_SET_ENV]: '1' }, [], ['node', 'a.ts'])).toBeUndefined();
    expect(restartArguments({ NODE_OPTIONS: '--max-old-space-size=900 --heap-growing-percent=70' }, [], ['node', 'a.ts'])).toBeUndefined();
    expect(restartArguments({}, ['--max-old-space-size=900'], ['node', 'a.ts'])).toEqual(['--max-old-space-size=900', '--heap-growing-percent=50', 'a.ts']);
  });

  it('runs the rest of the script with the build heap limit, its own arguments, and passes on its exit code', () => {
    const script = path.join(folder, 'limit.mts');
    writeFileSync(
      script,
      [
        `import { getHeapStatistics } from 'node:v8';`,
        `import { withBuildHeap } from ${JSON.stringify(path.resolve('scripts/with-build-heap.ts'))};`,
        `await withBuildHeap();`,
        `console.log(getHeapStatistics().heap_size_limit, process.argv.slice(2).join(' '));`,
        `process.exit(3);`,
      ].join('\n'),
    );
    const run = (env: NodeJS.ProcessEnv) => {
      const result = spawnSync(process.execPath, [script, 'a', 'b'], { env, encoding: 'utf8' });
      const [limit, ...rest] = result.stdout.trim().split(' ');
      return { status: result.status, limit: Number(limit), rest: rest.join(' ') };
    };
    const { NODE_OPTIONS: _, [HEAP_SET_ENV]: __, ...env } = process.env;
    const restarted = run(env);
    expect(restarted).toMatchObject({ status: 3, rest: 'a b' });
    // The build's limit is a share of the machine's memory; V8 adds its young generation to what it reports.
    expect(Math.abs(restarted.limit - HEAP_SHARE * totalmem())).toBeLessThan(0.05 * totalmem());
    const plain = run({ ...env, [HEAP_SET_ENV]: '1' });
    expect(plain.limit).not.toBe(restarted.limit);
    // A limit the user set in NODE_OPTIONS is kept.
    expect(run({ ...env, NODE_OPTIONS: '--max-old-space-size=700' }).limit).toBeLessThan(1000 * 1024 ** 2);
  });
});

import { describe, expect, it, onTestFinished } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticCasebook } from './bench/synthetic.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

// A casebook of tens of thousands of cases has more case files than a process may hold open at once; the same
// happens to 1,000 cases under a limit of 512 open files (half the usual default), which a test can set.
describe('npm run check on more case files than the process may open at once', () => {
  it('reads every case, none lost to "too many open files"', { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'casebook-open-files-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    await writeSyntheticCasebook(dir, 1000, path.join(root, 'content'));
    const script = `ulimit -n 512 && exec "${process.execPath}" scripts/check.ts --content "${dir}"`;
    const result = spawnSync('bash', ['-c', script], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.stdout + result.stderr).not.toMatch(/EMFILE|too many open files/i);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/1,?000 (cases|个案例)/);
  });
});

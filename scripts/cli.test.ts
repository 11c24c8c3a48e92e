// Every `npm run` command answers --help/-h with its usage, options and an example, and refuses a wrong option
// in one line with exit code 2, without doing its work; run as users run them, as child processes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** `node scripts/<command>.ts …args` from the project folder, with the project's Node. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawnSync(process.execPath, [path.join(ROOT, 'scripts', `${command}.ts`), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 30_000,
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

const COMMANDS = {
  check: ['Usage: npm run check', 'CASEBOOK_CONTENT'],
  new: ['Usage: npm run new -- <id>', '--series <id>', '--kind <kind>', '--source <id>'],
  build: ['Usage: npm run build', '--outDir <folder>'],
  report: ['Usage: npm run report', '<built site folder>'],
  bench: ['Usage: npm run bench', '--only PARTS'],
  gates: ['Usage: npm run gates -- [<built site folder>]', '--content <dir>', '--only <gates>', 'a11y'],
} as const;

describe.concurrent('--help', () => {
  for (const [command, expected] of Object.entries(COMMANDS)) {
    for (const flag of ['--help', '-h']) {
      it(`npm run ${command} -- ${flag} prints usage, options and an example and exits 0`, () => {
        const result = run(command, [flag]);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        for (const text of expected) expect(result.stdout).toContain(text);
        if (command !== 'bench') {
          expect(result.stdout).toContain('-h, --help');
          expect(result.stdout).toMatch(new RegExp(`Example:\\n  .*npm run ${command}`));
        }
      });
    }
  }

  it('npm run build -- --help builds nothing and publishes nothing', () => {
    const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'casebook-help-')), 'site');
    const result = run('build', ['--help', '--outDir', outDir]);
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).not.toMatch(/not complete|not published|\[build\]|--root <pathname>/);
    expect(readdirSync(path.dirname(outDir))).toEqual([]);
  });

  it('npm run new -- --help writes no case, even with an id given', () => {
    const before = readdirSync(path.join(ROOT, 'content/cases'));
    const result = run('new', ['help-was-asked', '--help']);
    expect(result.code).toBe(0);
    expect(readdirSync(path.join(ROOT, 'content/cases'))).toEqual(before);
  });
});

describe.concurrent('wrong arguments', () => {
  for (const command of ['check', 'new', 'build', 'report', 'gates']) {
    it(`npm run ${command} -- --no-such-option says so in one line and exits 2`, () => {
      const result = run(command, ['--no-such-option']);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim()).toBe(`npm run ${command}: unknown option --no-such-option; see npm run ${command} -- --help`);
    });
  }

  it('a string option without its value is named', () => {
    const result = run('build', ['--outDir']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('--outDir');
  });

  it('an argument a command does not take is refused', () => {
    expect(run('check', ['content']).stderr.trim()).toBe('npm run check: takes no arguments, got content; see npm run check -- --help');
    expect(run('report', ['dist', 'more']).code).toBe(2);
  });
});

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
  bench: ['Usage: npm run bench', '--only <parts>', '--sizes <N,…>', '--search-sizes <N,…>', 'figures, build, sizes, search'],
  init: ['Usage: npm run init -- <dir>', '--lang <zh-CN|en>'],
  gates: ['Usage: npm run gates -- [<built site folder>]', '--content <dir>', '--only <gates>', 'a11y'],
} as const;

// Every command that reads a casebook takes --content, and says so in its help.
const TAKES_CONTENT = ['check', 'new', 'build', 'report', 'gates'];

describe.concurrent('--help', () => {
  for (const [command, expected] of Object.entries(COMMANDS)) {
    for (const flag of ['--help', '-h']) {
      it(`npm run ${command} -- ${flag} prints usage, options and an example and exits 0`, () => {
        const result = run(command, [flag]);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        for (const text of expected) expect(result.stdout).toContain(text);
        expect(result.stdout).toContain('-h, --help');
        expect(result.stdout).toMatch(new RegExp(`Example:\\n  .*npm run ${command}`));
        if (TAKES_CONTENT.includes(command)) expect(result.stdout).toContain('--content <dir>');
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
  for (const command of ['check', 'new', 'build', 'report', 'bench', 'init', 'gates']) {
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

  it('npm run bench refuses an unknown part or a size that is not a whole number in one line, before measuring', () => {
    const part = run('bench', ['--only', 'figures,speed']);
    expect(part.code).toBe(2);
    expect(part.stdout).toBe('');
    expect(part.stderr.trim()).toBe('npm run bench: --only speed: choose from figures, build, sizes, search, quality, cards, charts, reports, dev; see npm run bench -- --help');
    const size = run('bench', ['--sizes', '1000,many']);
    expect(size.code).toBe(2);
    expect(size.stderr.trim().split('\n')).toHaveLength(1);
    expect(size.stderr).toContain('--sizes wants whole numbers');
  });
});

describe.concurrent('--content', () => {
  it('npm run check -- --content <dir> reads that folder, relative or absolute, like CASEBOOK_CONTENT', () => {
    const fixture = path.join(ROOT, 'tests/fixtures/valid');
    const texts = path.join(fixture, 'texts');
    for (const folder of [fixture, path.relative(ROOT, fixture)]) {
      const result = run('check', ['--content', folder], { CASEBOOK_SOURCE_TEXTS: texts, CASEBOOK_CONTENT: 'no-such-folder' });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/✓ \d+ cases?, \d+ series/);
    }
  });

  it('a relative --content is taken from where npm was run (INIT_CWD), not the project folder', () => {
    const fixtures = path.join(ROOT, 'tests/fixtures');
    const result = run('check', ['--content', 'valid'], { INIT_CWD: fixtures, CASEBOOK_SOURCE_TEXTS: path.join(fixtures, 'valid/texts') });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('a setting of the environment that cannot be used', () => {
  it('is one message naming the setting and its value, escaped, without a stack trace', () => {
    for (const command of ['check', 'build']) {
      const { code, stdout, stderr } = run(command, [], { CASEBOOK_SITE_URL: 'example.org\u001b[2J' });
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        `npm run ${command}: Invalid Casebook settings in the environment:\n  CASEBOOK_SITE_URL must be the address the site is served at, starting with https:// or http://, such as https://casebook.example.org (it is "example.org\\u{1B}[2J")\nSee docs/operators/settings.md.\n`,
      );
    }
  });
});

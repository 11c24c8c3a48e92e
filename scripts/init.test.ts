// `npm run init` as users run it (a child process), followed by `npm run check` on what it wrote: a new casebook
// passes at once, with every figure of its example found in the source text init wrote.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function temporaryFolder() {
  const dir = mkdtempSync(path.join(tmpdir(), 'casebook-init-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** `node scripts/<command>.ts …args` from the project folder, as npm runs it. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawnSync(process.execPath, [path.join(ROOT, 'scripts', `${command}.ts`), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: ROOT, ...env },
    timeout: 60_000,
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** `npm run check -- --content <folder>`: its source texts are in texts/, as its casebook.yaml says. */
const check = (folder: string) => run('check', ['--content', folder], { CASEBOOK_SOURCE_TEXTS: '' });

describe.concurrent('npm run init', () => {
  it('writes a Chinese casebook by default that passes npm run check with every figure found in its source text', () => {
    const folder = path.join(temporaryFolder(), 'new', 'casebook');
    const init = run('init', [folder]);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain(`Created a Chinese casebook in ${folder}:`);
    // The three commands to run next, each naming the new folder.
    expect(init.stdout).toContain(`npm run check -- --content ${folder}`);
    expect(init.stdout).toContain(`CASEBOOK_CONTENT=${folder} npm run dev`);
    expect(init.stdout).toContain(`npm run build -- --content ${folder}`);
    const checked = check(folder);
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain('✓ 1 case, 1 series, 1 source, 6 statistics checked');
    expect(checked.stdout).toContain('6 figures found in their source texts');
    expect(checked.stdout).not.toMatch(/未核对原文|not checked|not found/);
  });

  // Needs English figures and metrics (`1,300 residents`, `$2.6 million`, `participation rate`) and English
  // sections and kinds from casebook.yaml: it passes once both are in.
  it('writes an English casebook with --lang en that passes npm run check with every figure found', () => {
    const folder = path.join(temporaryFolder(), 'english');
    const init = run('init', [folder, '--lang', 'en']);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain(`Created an English casebook in ${folder}:`);
    const checked = check(folder);
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain('3 figures found in their source texts');
    expect(checked.stdout).not.toMatch(/未核对原文|not checked|not found/);
  });

  it('takes a relative folder from where npm was run', () => {
    const where = temporaryFolder();
    const init = run('init', ['my-casebook', '--lang', 'en'], { INIT_CWD: where });
    expect(init.code).toBe(0);
    expect(existsSync(path.join(where, 'my-casebook', 'casebook.yaml'))).toBe(true);
    expect(existsSync(path.join(ROOT, 'my-casebook'))).toBe(false);
  });

  it('refuses a folder that is not empty in one line, exit 1, and writes nothing', () => {
    const folder = temporaryFolder();
    mkdirSync(path.join(folder, 'cases'));
    writeFileSync(path.join(folder, 'notes.txt'), 'mine');
    const init = run('init', [folder]);
    expect(init.code).toBe(1);
    expect(init.stdout).toBe('');
    expect(init.stderr.trim()).toBe(`npm run init: ${folder} is not empty (cases, notes.txt); choose a new or empty folder; nothing was written.`);
    expect(readdirSync(folder).sort()).toEqual(['cases', 'notes.txt']);
  });

  it('refuses an unknown language and a missing folder in one line, exit 2', () => {
    const language = run('init', [path.join(temporaryFolder(), 'x'), '--lang', 'fr']);
    expect(language.code).toBe(2);
    expect(language.stderr.trim()).toBe('npm run init: --lang fr: choose zh-CN or en; see npm run init -- --help');
    const folder = run('init', []);
    expect(folder.code).toBe(2);
    expect(folder.stderr.trim().split('\n')).toHaveLength(1);
    expect(folder.stderr).toContain('name the folder for the new casebook');
  });
});

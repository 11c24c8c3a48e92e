import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** Source files outside tests, where a setting can be read. */
function sourceFiles(): string[] {
  return ['src', 'scripts']
    .flatMap((dir) => (readdirSync(path.join(root, dir), { recursive: true }) as string[]).map((name) => `${dir}/${name.split(path.sep).join('/')}`))
    .filter((name) => /\.(ts|mjs)$/.test(name) && !name.endsWith('.test.ts'))
    .concat('astro.config.mjs');
}

describe('the manual covers what the code offers', () => {
  it('names every environment variable the code reads in docs/operators/settings.md', () => {
    const names = new Set(sourceFiles().flatMap((file) => read(file).match(/\b(?:CASEBOOK_[A-Z_]+[A-Z]|CHROMIUM_PATH)\b/g) ?? []));
    const page = read('docs/operators/settings.md');
    expect([...names].filter((name) => !page.includes(`\`${name}\``))).toEqual([]);
  });

  it('lists every npm script in the README', () => {
    const scripts = Object.keys(JSON.parse(read('package.json')).scripts as Record<string, string>).filter((name) => name !== 'astro');
    const readme = read('README.md');
    const mentioned = (name: string) => readme.includes(name === 'test' ? '`npm test`' : `npm run ${name}`);
    expect(scripts.filter((name) => !mentioned(name))).toEqual([]);
  });
});

describe('the dependencies page', () => {
  it('says why each package of package.json is there', () => {
    const manifest = JSON.parse(read('package.json')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const page = read('docs/contributors/dependencies.md');
    const named = (name: string) => page.includes(`\`${name}\``) || (name.startsWith('@types/') && page.includes('`@types/*`'));
    expect(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((name) => !named(name))).toEqual([]);
  });
});

describe('paths named in the manual', () => {
  it('exist: every `src/…`, `tests/…` and `scripts/…` path in README.md and docs/', () => {
    const pages = ['README.md', ...(readdirSync(path.join(root, 'docs'), { recursive: true }) as string[]).map((name) => `docs/${name.split(path.sep).join('/')}`).filter((name) => name.endsWith('.md'))];
    const missing = pages.flatMap((page) =>
      [...read(page).matchAll(/`((?:src|tests|scripts)\/[^`\s*<…{]+)`/g)]
        .map((match) => match[1]!.split(':')[0]!.replace(/\/$/, ''))
        .filter((file) => !existsSync(path.join(root, file)))
        .map((file) => `${page}: ${file}`),
    );
    expect(missing).toEqual([]);
  });
});

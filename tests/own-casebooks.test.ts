// Casebook works for another organisation: two casebooks made as a second publisher would make them (one
// Chinese, one English, each written from real public texts: tests/fixtures/casebooks/), each checked with
// every figure found in its source text, built, and searched for anything of the bundled casebook in content/.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { root, userEnv, type BuildResult } from './helpers/build.ts';
import { site } from '../src/site.config.ts';
import { builtFiles, openBuiltSite } from '../src/gates/built-site.ts';
import { problemLines, runGates } from '../src/gates/run.ts';
import { sharedBuild } from './helpers/shared-build.ts';

/** The bundled casebook, whose strings must not reach another casebook's site. */
const BUNDLED = path.join(root, 'content');

/** The casebooks under test, each a complete content folder with its source texts in `texts/`. */
const CASEBOOKS = [
  { name: 'Chinese', dir: 'tests/fixtures/casebooks/zh' },
  { name: 'English', dir: 'tests/fixtures/casebooks/en' },
] as const;

/** Built files that hold text a reader or a crawler sees (cards and PDFs are images and print). */
const TEXT_FILES = ['.html', '.xml', '.json', '.js', '.css', '.txt', '.svg', '.csv', '.webmanifest'];

const readYaml = (file: string) => parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>;
const yamlFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.yaml')).map((name) => path.join(dir, name)) : []);
const frontmatter = (file: string) => parseYaml(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;
const mdxFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => path.join(dir, name));

/**
 * What identifies the bundled casebook, read from content/ now (so a new bundled case is covered at once):
 * its settings (title, short title, publisher, description, kind labels, search examples), its series
 * titles and its case titles, plus the strings the bundled site is known to have leaked into other sites.
 */
function bundledStrings(): string[] {
  const strings = new Set<string>(['Casebook · 案例集', '蓬莱', 'penglai', '2.6亿元']);
  const settingsFile = path.join(BUNDLED, 'casebook.yaml');
  if (existsSync(settingsFile)) {
    const settings = readYaml(settingsFile) as { title?: string; shortTitle?: string; publisher?: string; description?: string; kinds?: Record<string, string>; search?: { examples?: string[] } };
    for (const value of [settings.title, settings.shortTitle, settings.publisher, settings.description]) if (value) strings.add(value);
    for (const label of Object.values(settings.kinds ?? {})) strings.add(label);
    for (const example of settings.search?.examples ?? []) strings.add(example);
  } else {
    // Before content/ had its own settings file, the bundled casebook's settings were the code's.
    for (const value of [site.title, site.shortTitle, site.publisher, site.description]) strings.add(value);
  }
  for (const file of yamlFiles(path.join(BUNDLED, 'series'))) strings.add(String(readYaml(file).title));
  for (const file of mdxFiles(path.join(BUNDLED, 'cases'))) {
    const data = frontmatter(file) as { title?: string; en?: { title?: string } };
    if (data.title) strings.add(data.title);
    if (data.en?.title) strings.add(data.en.title);
  }
  // A two-letter Latin example (`yf`) is a pinyin abbreviation that minified code is full of by chance.
  return [...strings].filter((value) => !/^[\x20-\x7e]{1,3}$/.test(value));
}

/** A built file's text as a reader gets it: numeric character references and `\uXXXX` escapes decoded. */
function readable(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&middot;/g, '·')
    .replace(/&amp;/g, '&')
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The kinds the casebook's published cases use, from their frontmatter. */
function kindsUsed(dir: string): string[] {
  return [...new Set(mdxFiles(path.join(root, dir, 'cases')).map((file) => frontmatter(file) as { kind: string; draft?: boolean }).filter((data) => !data.draft).map((data) => data.kind))].sort();
}

describe.each(CASEBOOKS)('the $name casebook of another organisation', ({ dir }) => {
  // No CASEBOOK_SOURCE_TEXTS from the shell: each casebook reads the texts its casebook.yaml names (texts/).
  const ownTexts = { CASEBOOK_SOURCE_TEXTS: '' };
  let site: BuildResult;

  beforeAll(async () => {
    // Built as an organisation builds it: cards and PDF reports on (the gates follow every link, PDFs too).
    site = await sharedBuild(dir, { env: ownTexts, reports: true });
  });

  it('passes `npm run check` with every figure found in its source text', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'scripts/check.ts')], {
      cwd: root,
      env: { ...userEnv(), CASEBOOK_CONTENT: dir, ...ownTexts },
      encoding: 'utf8',
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(output, output).toMatch(/✓ \d+ cases/);
    expect(run.status, output).toBe(0);
    const statistics = Number(/(\d+) statistics checked/.exec(output)?.[1]);
    expect(statistics).toBeGreaterThanOrEqual(3);
    // Every statistic verified: none 未核对原文, none not found, no check skipped.
    expect(output).toContain(`${statistics} figures found in their source texts\n`);
    expect(output).not.toMatch(/未核对原文|not found|skipped:/);
  });

  it('builds', () => {
    expect(site.status, site.output).toBe(0);
  });

  it('names its own casebook: the title and publisher of its casebook.yaml', () => {
    expect(site.status, site.output).toBe(0);
    const settings = readYaml(path.join(root, dir, 'casebook.yaml')) as { title: string; publisher: string; lang: string };
    const home = readable(path.join(site.outDir, 'index.html'));
    expect(home).toContain(`<html lang="${settings.lang}"`);
    expect(/<title>([^<]*)<\/title>/.exec(home)?.[1]).toContain(settings.title);
    expect(home).toContain(settings.publisher);
  });

  it('has nothing of the bundled casebook in any built file', () => {
    expect(site.status, site.output).toBe(0);
    const needles = bundledStrings();
    // Each string the site still holds, with how many built files hold it and the first of them.
    const where = new Map<string, string[]>();
    for (const { file, path: served } of builtFiles(openBuiltSite(site.outDir), ...TEXT_FILES)) {
      const text = readable(file);
      const lower = text.toLowerCase();
      for (const needle of needles) {
        const hit = /^[\x20-\x7e]+$/.test(needle) ? lower.includes(needle.toLowerCase()) : text.includes(needle);
        if (hit) where.set(needle, [...(where.get(needle) ?? []), served]);
      }
    }
    const found = [...where].map(([needle, pages]) => `"${needle}" in ${pages.length} file(s), first ${pages[0]}`);
    expect(found).toEqual([]);
  });

  it('passes every built-site gate an organisation runs with npm run gates: HTML, links, page metadata, accessibility', async () => {
    expect(site.status, site.output).toBe(0);
    const results = await runGates(openBuiltSite(site.outDir), { a11y: { perKind: Infinity } });
    expect(problemLines(results)).toEqual([]);
    expect(results.map((result) => result.gate)).toEqual(['html', 'links', 'meta', 'a11y']);
  }, 180_000);

  it('lists on /kinds/ only the kinds its cases use', () => {
    expect(site.status, site.output).toBe(0);
    const used = kindsUsed(dir);
    const listed = [...site.read('kinds/index.html').matchAll(/href="[^"]*\/kinds\/([^/"#?]+)\/?"/g)].map((match) => decodeURIComponent(match[1]!));
    expect([...new Set(listed)].sort()).toEqual(used);
  });
});

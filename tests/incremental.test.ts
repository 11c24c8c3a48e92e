import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite, root, type BuildResult } from './helpers/build.ts';
import { cacheFolder } from '../src/integration/casebook.ts';
import { optionsFromEnv } from '../src/options.ts';

// A rebuild reuses unchanged pages (the page store, src/integration/stored-pages.ts), cached model entries, search-index parts, drawn
// cards and printed reports (the content folder's stores). This proves that reuse never leaves anything stale: after an edit, the rebuilt site is
// byte for byte the site a build from nothing makes of the same content.

/** Every file of a built site, by relative path. */
function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name);
    try {
      found.set(name.split(path.sep).join('/'), readFileSync(file));
    } catch {
      // a folder
    }
  }
  return found;
}

const EDITED = 'penglai-edz';
const NEW_TITLE = '蓬莱经济开发区：园区党建助推产业发展（修订）';
const NEW_SENTENCE = '编者补记：这一段是为检验增量构建而补写的说明。';

describe('incremental rebuild after an edit', () => {
  let workspace: string;
  let before: BuildResult;
  let after: BuildResult;
  let fresh: BuildResult;

  beforeAll(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'casebook-incremental-'));
    const content = path.join(workspace, 'content');
    cpSync(path.join(root, 'content'), content, { recursive: true });
    before = buildSite(content, { reports: true });
    expect(before.status, before.output).toBe(0);

    const file = path.join(content, 'cases', `${EDITED}.mdx`);
    const text = readFileSync(file, 'utf8');
    const edited = text.replace(/^title: .*$/m, `title: ${NEW_TITLE}`).replace(/\n## 启示\n\n/, `\n## 启示\n\n${NEW_SENTENCE}\n\n`);
    expect(edited).toContain(NEW_TITLE);
    expect(edited).toContain(NEW_SENTENCE);
    writeFileSync(file, edited);
    // Started another way than the first build (the shell's `_` names the command that started it): the pages' code
    // must be the same code, or the page store would be another store.
    after = buildSite(content, { reports: true, env: { _: '/usr/local/bin/another-launcher' } });
    expect(after.status, after.output).toBe(0);

    // The same content in a folder no build has seen: every cache is cold.
    const copy = path.join(workspace, 'cold');
    cpSync(content, copy, { recursive: true });
    fresh = buildSite(copy, { reports: true });
    expect(fresh.status, fresh.output).toBe(0);
  }, 300_000);

  afterAll(() => {
    for (const site of [before, after, fresh]) if (site) rmSync(site.outDir, { recursive: true, force: true });
    // The stores of the test's content folders (one root per folder).
    for (const folder of ['content', 'cold']) {
      rmSync(path.dirname(cacheFolder(optionsFromEnv(root, { CASEBOOK_CONTENT: path.join(workspace, folder) }), 'model')), { recursive: true, force: true });
    }
    rmSync(workspace, { recursive: true, force: true });
  });

  it('takes unchanged pages from the page store and renders only the edited one and the pages showing it', () => {
    const fromStore = (site: BuildResult) => Number(/pages: (\d+) from the page store/.exec(site.output)?.[1]);
    const renderedCases = (site: BuildResult) => [...site.output.matchAll(/\/cases\/([^/]+)\/index\.html \(\+/g)].map((match) => match[1]);
    expect(fromStore(before), before.output).toBe(0);
    expect(fromStore(fresh), fresh.output).toBe(0);
    expect(fromStore(after), after.output).toBeGreaterThan(10);
    // The edited case's page, and those whose related-case panels show its title; every other case page is placed.
    const cases = renderedCases(before);
    const showing = cases.filter((id) => id !== EDITED && after.read(`cases/${id}/index.html`).includes(`/cases/${EDITED}/`));
    expect(renderedCases(after).sort()).toEqual([EDITED, ...showing].sort());
    expect(showing.length).toBeLessThan(cases.length - 1);
  });

  it('draws again the cards the edit changed and takes the rest from the store; a cold build draws them all', () => {
    const drawn = (site: BuildResult) => /(\d+) social cards: (\d+) drawn, (\d+) from cache/.exec(site.output)?.slice(1).map(Number);
    const [total, redrawn, reused] = drawn(after) ?? [];
    expect(total, after.output).toBeGreaterThan(10);
    // The cards of the site, compared with the last build's: the changed ones (by their distinct pictures).
    const cards = (site: BuildResult) => new Map([...files(site.outDir)].filter(([name]) => name.endsWith('.png')));
    const earlier = cards(before);
    const changed = new Set([...cards(after)].filter(([name, bytes]) => !earlier.get(name)?.equals(bytes)).map(([, bytes]) => bytes.toString('base64')));
    expect(changed.size).toBeGreaterThan(0);
    // Every changed picture was drawn (a card whose text changed where it does not show is drawn too), and the
    // cards of the other cases were not.
    expect(redrawn).toBeGreaterThanOrEqual(changed.size);
    expect(redrawn, `${redrawn} of ${total}`).toBeLessThan(total! / 2);
    expect(reused).toBe(total! - redrawn!);
    expect(drawn(fresh)).toEqual([total, total, 0]);
  });

  it('prints again only the reports that show the edit, and in them only the parts that changed', () => {
    // The edited case is in the Penglai series and the whole-casebook report; the others are unchanged.
    expect(after.output).toContain('reports/yunfu.pdf: unchanged, from cache');
    const printed = /reports\/penglai-chain\.pdf: \d+ pages, (\d+) parts printed, (\d+) reused/.exec(after.output);
    expect(printed, after.output).not.toBeNull();
    // The edit changed the case's title: its chapter and the contents (printed twice: before and after its page
    // numbers are filled in). The cover, the other chapter and the bibliography are reused.
    expect(Number(printed![1])).toBeLessThanOrEqual(3);
    expect(Number(printed![2])).toBeGreaterThanOrEqual(3);
  });

  it('shows the edit on the case page, its series page, related cases and in the search index', () => {
    expect(after.read(`cases/${EDITED}/index.html`)).toContain(NEW_SENTENCE);
    expect(after.read('series/penglai-chain/index.html')).toContain(NEW_TITLE);
    const relatedPages = readdirSync(path.join(after.outDir, 'cases'), { withFileTypes: true })
      .filter((item) => item.isDirectory() && item.name !== EDITED)
      .map((item) => item.name)
      .filter((id) => after.read(`cases/${id}/index.html`).includes(`href="/cases/${EDITED}/"`));
    expect(relatedPages.length).toBeGreaterThan(0);
    for (const id of relatedPages) expect(after.read(`cases/${id}/index.html`)).toContain(NEW_TITLE);
    // The index: meta.json names the folder of its files (named by their content), one file per case.
    const folder = (site: BuildResult) => (JSON.parse(site.read('search/meta.json')) as { files: string }).files;
    const docCount = (JSON.parse(after.read('search/meta.json')) as { docCount: number }).docCount;
    const docFile = (site: BuildResult, index: number) => site.read(`search/${folder(site)}/docs/${index}.json`);
    const doc = Array.from({ length: docCount }, (_, index) => index).find((index) => (JSON.parse(docFile(after, index)) as { doc: { id: string } }).doc.id === EDITED)!;
    expect((JSON.parse(docFile(after, doc)) as { doc: { title: string } }).doc.title).toBe(NEW_TITLE);
    expect(folder(after)).not.toBe(folder(before));
    expect(docFile(after, doc)).toContain(NEW_SENTENCE);
    expect(docFile(before, doc)).not.toContain(NEW_SENTENCE);
  });

  it('leaves nothing stale: the rebuilt site equals a build from nothing, file for file', () => {
    const rebuilt = files(after.outDir);
    const cold = files(fresh.outDir);
    expect([...rebuilt.keys()].sort()).toEqual([...cold.keys()].sort());
    const differing = [...cold].filter(([name, bytes]) => !rebuilt.get(name)!.equals(bytes)).map(([name]) => name);
    expect(differing).toEqual([]);
    expect(cold.size).toBeGreaterThan(50);
  });
});

import { describe, expect, it } from 'vitest';
import { loadCasebook, type Casebook } from '../../model/load.ts';
import { ModelCache } from '../../model/cache.ts';
import { publishedView, type PublishedView } from '../../view/published.ts';
import { casebookSearchIndex, newParts, planSearchIndex, publishSearchIndex } from './publish.ts';
import { caseTextFile, releaseCaseText } from '../../model/case-text.ts';
import { availableParallelism } from 'node:os';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

describe('the search index a build publishes', () => {
  it('is the same with its cases’ shares computed in worker threads, and a cached share is not computed again', async () => {
    const view = publishedView({ casebook: await loadCasebook(process.cwd(), 'content') });
    const cache = await ModelCache.open();
    const parts = await newParts(view, cache, { minForWorkers: 0, workers: 2 });
    expect([...parts.keys()]).toEqual(view.cases.map((entry) => entry.id));
    expect(casebookSearchIndex(view, cache, parts)).toEqual(casebookSearchIndex(view));
    // Now every share is in the cache: none is left to compute.
    expect((await newParts(view, cache, { minForWorkers: 0, workers: 2 })).size).toBe(0);
  });

  describe('made in a worker thread during the rendering', () => {
    // The build's way: the checked text goes to the text store, and the view reads it back from there.
    const viewOf = async (casebook: Casebook, dir: string) => publishedView({ casebook: { ...casebook, cases: await releaseCaseText(casebook.cases, path.join(dir, 'text')) } });
    // Two cases or more: a first build computes every share (many), an edit one (few).
    const plan = (view: PublishedView, dir: string, memory?: number) => planSearchIndex(view, path.join(dir, 'search'), (digest) => caseTextFile(path.join(dir, 'text'), digest), { minimum: 2, memory });
    const precompute = (view: PublishedView, dir: string, warnings: string[]) => plan(view, dir)?.start((message) => warnings.push(message));
    const published = async (view: PublishedView, outDir: string, cacheDir?: string) => {
      await publishSearchIndex(view, outDir, cacheDir);
      return Object.fromEntries((readdirSync(outDir, { recursive: true }) as string[]).filter((name) => name.endsWith('.json')).map((name) => [name, readFileSync(path.join(outDir, name), 'utf8')]));
    };
    // A body edit: the case's text and digest change (its share's key with them).
    const edited = (casebook: Casebook): Casebook => {
      const cases = [...casebook.cases];
      const entry = cases[1]!;
      cases[1] = { ...entry, digest: `${entry.digest}-edited`, parsed: { ...entry.parsed, sections: [...entry.parsed.sections, { ...entry.parsed.sections[0]!, text: '园区随后建起了一座新的污水处理厂。' }] } };
      return { ...casebook, cases };
    };

    it('is placed by the step after the pages as a build without a cache makes it, on a first build and after an edit', async () => {
      if (availableParallelism() < 2) return expect(precompute(publishedView({ casebook: await loadCasebook(process.cwd(), 'content') }), tmpdir(), [])).toBeUndefined();
      const dir = mkdtempSync(path.join(tmpdir(), 'casebook-precompute-'));
      try {
        const casebook = await loadCasebook(process.cwd(), 'content');
        for (const [step, book] of [['first', casebook], ['edit', edited(casebook)]] as const) {
          const view = await viewOf(book, dir);
          // Only the cases whose share the last index did not use are sent with their text: the edited one. A first
          // build's worker computes the shares and leaves the merge to the step after the pages; an edit's merges too.
          expect(plan(view, dir)).toMatchObject(step === 'first' ? { computing: view.cases.length, merge: false } : { computing: 1, merge: true });
          const warnings: string[] = [];
          const work = precompute(view, dir, warnings);
          expect(work!.jobs).toBe(view.cases.length);
          expect(await work!.done).toBe(view.cases.length);
          expect(warnings).toEqual([]);
          const after = await publishSearchIndex(view, path.join(dir, `${step}-placed`), path.join(dir, 'search'));
          // Merged and stored by the worker after the edit: the step after the pages only places it.
          if (step === 'edit') expect(after.written).toBe(0);
          else expect(after.written).toBe(after.files);
          expect(await published(view, path.join(dir, `${step}-placed-again`), path.join(dir, 'search'))).toEqual(await published(publishedView({ casebook: book }), path.join(dir, `${step}-fresh`)));
        }
        // Nothing changed since: there is nothing to make.
        expect(precompute(await viewOf(edited(casebook), dir), dir, [])).toBeUndefined();
        // The edit undone: one case whose share the last index did not use. On a machine whose memory the merge would
        // take too much of, that leaves nothing to do beside the rendering.
        expect(plan(await viewOf(casebook, dir), dir)).toMatchObject({ computing: 1, merge: true });
        expect(plan(await viewOf(casebook, dir), dir, 1)).toBeUndefined();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('is left to the step after the pages when a share it counted on is not in the cache, which makes it right', async () => {
      if (availableParallelism() < 2) return;
      const dir = mkdtempSync(path.join(tmpdir(), 'casebook-precompute-'));
      try {
        const casebook = await loadCasebook(process.cwd(), 'content');
        await publishSearchIndex(await viewOf(casebook, dir), path.join(dir, 'first'), path.join(dir, 'search'));
        // The shares' cache is lost, but not the list of the shares the last index used.
        for (const name of readdirSync(path.join(dir, 'search', 'parts'))) if (name.endsWith('.v8')) rmSync(path.join(dir, 'search', 'parts', name));
        const view = await viewOf(edited(casebook), dir);
        const warnings: string[] = [];
        await precompute(view, dir, warnings)!.done;
        expect(warnings).toEqual([]);
        const after = await publishSearchIndex(view, path.join(dir, 'after'), path.join(dir, 'search'));
        expect(after.written).toBeGreaterThan(0);
        expect(await published(view, path.join(dir, 'again'), path.join(dir, 'search'))).toEqual(await published(publishedView({ casebook: edited(casebook) }), path.join(dir, 'fresh')));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it('is placed from the store as it was when nothing it is made from changed, and made again when something did', async () => {
    const view = publishedView({ casebook: await loadCasebook(process.cwd(), 'content') });
    const dir = mkdtempSync(path.join(tmpdir(), 'casebook-search-'));
    const files = (outDir: string) =>
      Object.fromEntries((readdirSync(outDir, { recursive: true }) as string[]).filter((name) => name.endsWith('.json')).map((name) => [name, readFileSync(path.join(outDir, name), 'utf8')]));
    try {
      const first = await publishSearchIndex(view, path.join(dir, 'one'), path.join(dir, 'cache'));
      expect(first.written).toBe(first.files);
      const second = await publishSearchIndex(view, path.join(dir, 'two'), path.join(dir, 'cache'));
      expect(second).toEqual({ files: first.files, written: 0 });
      expect(files(path.join(dir, 'two'))).toEqual(files(path.join(dir, 'one')));
      // A new thesaurus group changes meta.json: the index is made again, and only what changed is written.
      const third = await publishSearchIndex({ ...view, thesaurus: [...view.thesaurus, ['园区', '开发区']] } as typeof view, path.join(dir, 'three'), path.join(dir, 'cache'));
      expect(third.written).toBeGreaterThan(0);
      expect(third.written).toBeLessThan(third.files);
      expect(files(path.join(dir, 'three'))['search/meta.json']).not.toBe(files(path.join(dir, 'one'))['search/meta.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

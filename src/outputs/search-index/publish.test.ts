import { describe, expect, it } from 'vitest';
import { loadCasebook } from '../../model/load.ts';
import { ModelCache } from '../../model/cache.ts';
import { publishedView } from '../../view/published.ts';
import { casebookSearchIndex, newParts, precomputeParts, publishSearchIndex } from './publish.ts';
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

  it('is the same with its shares computed during the rendering from the text store, which a rebuild does not do again', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'casebook-precompute-'));
    try {
      const casebook = await loadCasebook(process.cwd(), 'content');
      // The build's way: the checked text goes to the text store, and the view reads it back from there.
      const cases = await releaseCaseText(casebook.cases, path.join(dir, 'text'));
      const view = publishedView({ casebook: { ...casebook, cases } });
      const textFile = (digest: string) => caseTextFile(path.join(dir, 'text'), digest);
      const warnings: string[] = [];
      const work = precomputeParts(view, path.join(dir, 'search'), textFile, (message) => warnings.push(message), 0);
      if (availableParallelism() < 2) {
        expect(work).toBeUndefined();
        return;
      }
      expect(work!.jobs).toBe(view.cases.length);
      expect(await work!.done).toBe(view.cases.length);
      expect(warnings).toEqual([]);
      const cache = await ModelCache.open(path.join(dir, 'search', 'parts'));
      expect((await newParts(view, cache)).size).toBe(0);
      expect(casebookSearchIndex(view, cache)).toEqual(casebookSearchIndex(publishedView({ casebook })));
      // The shares are there now: a rebuild computes only a changed case's, after the pages.
      expect(precomputeParts(view, path.join(dir, 'search'), textFile, (message) => warnings.push(message), 0)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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

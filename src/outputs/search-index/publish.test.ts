import { describe, expect, it } from 'vitest';
import { loadCasebook } from '../../model/load.ts';
import { ModelCache } from '../../model/cache.ts';
import { publishedView } from '../../view/published.ts';
import { casebookSearchIndex, newParts } from './publish.ts';

describe('the search index with its cases’ shares computed in worker threads', () => {
  it('is the index computed in this thread, and a cached share is not computed again', async () => {
    const view = publishedView({ casebook: await loadCasebook(process.cwd(), 'content') });
    const cache = await ModelCache.open();
    const parts = await newParts(view, cache, { minForWorkers: 0, workers: 2 });
    expect([...parts.keys()]).toEqual(view.cases.map((entry) => entry.id));
    expect(casebookSearchIndex(view, cache, parts)).toEqual(casebookSearchIndex(view));
    // Now every share is in the cache: none is left to compute.
    expect((await newParts(view, cache, { minForWorkers: 0, workers: 2 })).size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCasebook } from '../load.ts';
import { SourceTexts } from '../files/source-texts.ts';
import { ModelCache } from '../cache.ts';
import { formatDiagnostic } from '../diagnostics.ts';
import { checkOriginality } from './originality.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = 'tests/fixtures/unsourced';

describe('copied sentences', () => {
  it('are found the same in worker threads as in the checking thread, and taken from the cache the next time', async () => {
    const casebook = await loadCasebook(root, fixture);
    const texts = () => new SourceTexts(path.join(root, fixture, 'texts'));
    const here = (await checkOriginality(casebook, texts())).map(formatDiagnostic);
    expect(here).toEqual([expect.stringMatching(/wrong-figures\.mdx:26:1 copied from a source \(39 characters in a row/)]);
    const cache = await ModelCache.open();
    expect((await checkOriginality(casebook, texts(), cache, { minForWorkers: 0, workers: 2 })).map(formatDiagnostic)).toEqual(here);
    expect(cache.stats).toEqual({ hits: 0, misses: 1 });
    // Cached: no worker is needed (a worker failing to start would fail the call).
    expect((await checkOriginality(casebook, texts(), cache, { minForWorkers: 0, workers: 2 })).map(formatDiagnostic)).toEqual(here);
    expect(cache.stats.misses).toBe(1);
  });
});

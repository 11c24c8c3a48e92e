import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { parseFigure } from '../../src/domain/figure/parse.ts';
import { classifyCorpus, readGenreCorpus, readsAsExpected, tally } from './figure-genres.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

// Figures of many genres, gathered from real text and read by a person (tests/fixtures/real-figures/genres/README.md).
// A refusal costs the editor a declaration; a misreading lets a wrong number through, so none is allowed.
describe.each([
  ['zh', 'Chinese'],
  ['en', 'English'],
] as const)('figures of many genres in %s', (lang, name) => {
  it(`holds at least 300 ${name} figures from at least 25 pages`, async () => {
    const corpus = await readGenreCorpus(root, lang);
    expect(corpus.lang).toBe(lang);
    expect(corpus.sources.length).toBeGreaterThanOrEqual(25);
    expect(corpus.sources.flatMap((source) => source.figures).length).toBeGreaterThanOrEqual(300);
    for (const source of corpus.sources) expect(source.source, source.genre).toMatch(/^https?:\/\//);
  });

  it(`misreads no ${name} figure: each is read as a person reads it, or refused`, async () => {
    const classified = classifyCorpus(await readGenreCorpus(root, lang));
    const misread = classified.filter((item) => item.outcome === 'misread' && !item.knownMisread);
    expect(misread.map(({ printed, expected, got }) => `${printed}: expected ${expected}, got ${got}`)).toEqual([]);
    const counts = tally(classified);
    expect(counts.right + counts.refused + counts.refusedFitting + counts.misread).toBe(counts.figures);
    // The corpus must still measure something: most of its plain figures read today.
    expect(counts.right / counts.figures).toBeGreaterThan(0.35);
  });

  it(`keeps every ${name} entry well formed: a reading or a reason to refuse, never both`, async () => {
    const corpus = await readGenreCorpus(root, lang);
    for (const figure of corpus.sources.flatMap((source) => source.figures)) {
      const reading = figure.value !== undefined && figure.dimension !== undefined && figure.qualifier !== undefined;
      expect(reading !== (figure.refuse !== undefined), figure.printed).toBe(true);
    }
  });
});

describe('the corpus comparison', () => {
  it('counts a level as a misreading of a change, and a wrong per-unit or range end as a misreading', () => {
    const parsed = parseFigure('5.4%');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(readsAsExpected(parsed.figure, { value: 5.4, dimension: 'percent', qualifier: 'exact' })).toBe(true);
    expect(readsAsExpected(parsed.figure, { value: 5.4, dimension: 'percent', qualifier: 'exact', change: 'down' })).toBe(false);
    expect(readsAsExpected(parsed.figure, { value: 5.4, dimension: 'percent', qualifier: 'exact', to: 6 })).toBe(false);
    expect(readsAsExpected(parsed.figure, { value: 5.4, dimension: 'percent', qualifier: 'exact', per: '公斤' })).toBe(false);
    expect(readsAsExpected(parsed.figure, { value: 5.4, dimension: 'percent', qualifier: 'about' })).toBe(false);
  });

  it('counts a figure that must be refused but parses as a misreading', () => {
    const [item] = classifyCorpus({ lang: 'zh', sources: [{ source: 'https://example.org', genre: 'test', figures: [{ printed: '12个', refuse: 'name' }] }] });
    expect(item!.outcome).toBe('misread');
  });
});

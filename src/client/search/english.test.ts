import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { englishQueries } from '../../../tests/helpers/english-queries.ts';
import { SearchEngine, matchRanges, type SearchHit } from './engine.ts';
import { indexCasebook, memoryLoader } from '../../outputs/search-index/memory.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** A small English casebook written for these tests (its places and figures are made up). */
const content = 'tests/fixtures/search-en';


const queries = englishQueries;
const marks = (hit: SearchHit | undefined) => hit?.section?.snippet.filter((part) => part.match).map((part) => part.text) ?? [];

describe('search over an English casebook', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = new SearchEngine(memoryLoader(await indexCasebook(root, content)));
  });

  it.each(queries.map((query) => [query.category, query.query, query] as const))('%s: %s', async (_, text, query) => {
    const result = await engine.search(text, {}, 10);
    const [first] = result.hits;
    expect(query.expect, `${text} → ${result.hits.map((hit) => hit.doc.id).join(', ')}`).toContain(first?.doc.id);
    if (query.section) expect(first?.section?.heading).toBe(query.section);
    if (query.alone) {
      const complete = result.hits.filter((hit) => hit.missing.length === 0).map((hit) => hit.doc.id);
      expect(complete.filter((id) => !query.expect.includes(id)), `${text}: cases with every term`).toEqual([]);
    }
  });

  it('highlights stemmed and folded matches as the text prints them', async () => {
    expect(marks((await engine.search('farming')).hits[0])).toEqual(expect.arrayContaining(['farming', 'farms']));
    expect(marks((await engine.search('farming')).hits[0])).not.toContain('farmers');
    expect(marks((await engine.search('cooperative')).hits[0])).toEqual(expect.arrayContaining(['co-operative', 'cooperatives']));
    expect(marks((await engine.search('jose nunez')).hits[0])).toEqual(['José', 'Núñez']);
    expect(marks((await engine.search('97%')).hits[0])).toEqual(['97%']);
    // The figure with its noun, as the figure reader reads it (the number and the noun sit in two text nodes here).
    expect(marks((await engine.search('1300')).hits[0]).join('')).toBe('1,300 sacks');
  });

  it('finds Chinese quoted in an English case, and English beside it', async () => {
    const [hit] = (await engine.search('河长制 signs')).hits;
    expect(hit?.doc.id).toBe('river-chiefs');
    expect(hit?.missing).toEqual([]);
  });

  it('searches English thesaurus words and phrases, typed or found, and groups that mix English and Chinese', async () => {
    // tests/fixtures/search-en/thesaurus.yaml: [rubbish, garbage, litter picking], [河长制, river chief system].
    expect((await engine.search('garbage')).hits.map((hit) => hit.doc.id)).toEqual(['mill-brook-cleanup']);
    const phrase = await engine.search('litter picking');
    expect(phrase.terms).toEqual(['litter picking']);
    expect(phrase.hits[0]?.doc.id).toBe('mill-brook-cleanup');
    expect(phrase.hits[0]?.missing).toEqual([]);
    const mixed = await engine.search('river chief system');
    expect(mixed.terms).toEqual(['river chief system']);
    expect(marks(mixed.hits[0])).toEqual(expect.arrayContaining(['河长制', 'river', 'chief', 'system']));
  });

  it('drops stop words beside other words, and searches a query of nothing else in titles, summaries and tags, saying so', async () => {
    const withWords = await engine.search('the cooperative');
    expect(withWords.terms).toEqual(['cooperative']);
    expect(withWords.commonWords).toBeUndefined();
    const only = await engine.search('The');
    expect(only.commonWords).toEqual(['the']);
    expect(only.hits.length).toBeGreaterThan(0);
  });
});

describe('English highlighting', () => {
  it('marks each word whose key a form has, as printed, and a hyphenated word whole', () => {
    const text = 'Farming and FARMS; the river Clean-up.';
    const ranges = matchRanges(text, [
      { kind: 'english', value: 'farm', weight: 1 },
      { kind: 'english', value: 'cleanup', weight: 1 },
    ]);
    expect(ranges.map(([from, to]) => text.slice(from, to))).toEqual(['Farming', 'FARMS', 'Clean-up']);
  });
});

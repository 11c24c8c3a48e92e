import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { SearchEngine, snippet } from './engine.ts';
import { indexCasebook, memoryLoader } from '../../build/search-index/memory.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('search over the bundled casebook', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = new SearchEngine(memoryLoader(await indexCasebook(root, 'content')));
  });
  const top = async (query: string, filters = {}) => (await engine.search(query, filters)).hits.map((hit) => hit.doc.id);

  it.each([
    ['an exact phrase deep in a body', '红链服务队', ['penglai-edz', 'penglai-offshore-chain']],
    ['all space-separated terms', '蓬莱 海上风电', ['penglai-offshore-chain', 'penglai-edz']],
    ['a figure with its unit', '2.6亿元', ['penglai-edz', 'penglai-offshore-chain']],
    ['a bare number', '427', ['yantai-development-zone']],
    ['a percentage', '近97%', ['yantai-development-zone']],
    ['full pinyin', 'penglai', ['penglai-edz', 'penglai-offshore-chain']],
    ['pinyin initials', 'yf', ['yunfu-new-employment']],
    ['a place name', '东湖', ['donghu-emerging-fields']],
    ['a district through pinyin', 'donghu', ['donghu-emerging-fields']],
  ])('finds %s (%s)', async (_, query, expected) => {
    const hits = await top(query);
    for (const id of expected) expect(hits.slice(0, 3), `${query} → ${hits.join(', ')}`).toContain(id);
  });

  it('corrects one wrong character in a short word (蓬来 → 蓬莱)', async () => {
    const result = await engine.search('蓬来');
    expect(result.corrected).toBe('蓬莱');
    expect(result.hits.slice(0, 2).map((hit) => hit.doc.id).sort()).toEqual(['penglai-edz', 'penglai-offshore-chain']);
  });

  it('ranks a title match above passing mentions', async () => {
    const hits = await top('高新区');
    expect(hits[0]).toBe('yantai-hightech-zone');
    expect(hits.length).toBeGreaterThan(1);
  });

  it('links each body hit to its section and highlights the match', async () => {
    const [hit] = (await engine.search('红链服务队')).hits;
    expect(hit!.section?.anchor).toBeTruthy();
    expect(hit!.section!.snippet.filter((part) => part.match).map((part) => part.text)).toContain('红链服务队');
  });

  it('filters by series and kind', async () => {
    expect(await top('党建', { series: 'yunfu' })).toEqual(['yunfu-new-employment']);
    expect(new Set(await top('党建', { kind: 'park' }))).toEqual(new Set(['penglai-edz', 'yantai-development-zone', 'yantai-hightech-zone']));
  });

  it('finds a statistic by its subject and metric, linking to the data table', async () => {
    const [hit] = (await engine.search('规模以上“两新”组织集中于集聚区的比例')).hits;
    expect(hit?.doc.id).toBe('yantai-development-zone');
    expect(hit?.section?.anchor).toBe('stat-table-heading');
  });

  it('finds nothing, rather than noise, for text the casebook does not have', async () => {
    // The index is not empty: a word the casebook has finds its cases.
    expect(await top('蓬莱')).toEqual(expect.arrayContaining(['penglai-edz', 'penglai-offshore-chain']));
    expect(await top('量子计算机')).toEqual([]);
  });
});

describe('search snippets', () => {
  it('cuts a window around the first match and marks every match in it', () => {
    expect(snippet('甲乙丙丁蓬莱戊己蓬莱', ['蓬莱'])).toEqual([
      { text: '甲乙丙丁', match: false },
      { text: '蓬莱', match: true },
      { text: '戊己', match: false },
      { text: '蓬莱', match: true },
    ]);
  });
});

describe('what a first query fetches', () => {
  it('loads the metadata, only the shards of the query\'s bigrams, and only the texts of shown results', async () => {
    const index = await indexCasebook(root, 'content');
    const loader = memoryLoader(index);
    const result = await new SearchEngine(loader).search('红链服务队');
    expect(result.hits.map((hit) => hit.doc.id)).toEqual(expect.arrayContaining(['penglai-edz', 'penglai-offshore-chain']));
    const paths = loader.fetched.map((file) => file.path);
    expect(paths[0]).toBe('meta.json');
    const shards = paths.filter((path) => path.startsWith('shards/'));
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThanOrEqual(4);
    expect(paths.filter((path) => path.startsWith('texts/'))).toHaveLength(result.hits.length);
  });
});

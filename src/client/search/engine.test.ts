import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { SearchEngine, matchRanges, snippetOf } from './engine.ts';
import { indexCasebook, memoryLoader } from '../../outputs/search-index/memory.ts';
import { loadCasebook, type Casebook } from '../../model/load.ts';
import { optionsFromEnv } from '../../options.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// The casebook searched: content/, or the folder CASEBOOK_CONTENT names. Expectations that depend on which cases
// it holds are read from it; the named cases are bundled ones any addition keeps.
const { content } = optionsFromEnv(root);

describe('search over the bundled casebook', () => {
  let engine: SearchEngine;
  let casebook: Casebook;
  beforeAll(async () => {
    engine = new SearchEngine(memoryLoader(await indexCasebook(root, content)));
    casebook = await loadCasebook(root, content);
  });
  /** Ids of the published cases that `keep` accepts and whose title, summary or body has `text`, sorted. */
  const casesWith = (text: string, keep: (data: Casebook['cases'][number]['data']) => boolean = () => true) =>
    casebook.cases
      .filter((entry) => !entry.data.draft && keep(entry.data) && [entry.data.title, entry.data.summary, entry.body].some((field) => field.includes(text)))
      .map((entry) => entry.id)
      .sort();
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
    // The cases named 蓬莱 come first.
    const titled = casebook.cases.filter((entry) => !entry.data.draft && entry.data.title.includes('蓬莱')).map((entry) => entry.id).sort();
    expect(titled).toEqual(expect.arrayContaining(['penglai-edz', 'penglai-offshore-chain']));
    expect(result.hits.slice(0, titled.length).map((hit) => hit.doc.id).sort()).toEqual(titled);
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
    const yunfu = casesWith('党建', (data) => data.series.id === 'yunfu');
    expect(yunfu).toContain('yunfu-new-employment');
    expect((await top('党建', { series: 'yunfu' })).sort()).toEqual(yunfu);
    const parks = casesWith('党建', (data) => data.kind === 'park');
    expect(parks).toEqual(expect.arrayContaining(['penglai-edz', 'yantai-development-zone', 'yantai-hightech-zone']));
    expect((await top('党建', { kind: 'park' })).sort()).toEqual(parks);
  });

  it('finds a statistic by its subject and metric, linking to the data table', async () => {
    const [hit] = (await engine.search('规模以上“两新”组织集中于集聚区的比例')).hits;
    expect(hit?.doc.id).toBe('yantai-development-zone');
    expect(hit?.section?.anchor).toBe('stat-table-heading');
  });

  it('finds nothing, rather than noise, for text the casebook does not have', async () => {
    // The index is not empty: a word the casebook has finds its cases.
    expect(await top('蓬莱')).toEqual(expect.arrayContaining(['penglai-edz', 'penglai-offshore-chain']));
    expect(await top('量子纠缠')).toEqual([]);
  });

  it('ranks cases with every term first, then partial matches marked with what they lack', async () => {
    const result = await engine.search('暖新驿站 量子纠缠');
    expect(result.complete).toBe(0);
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits[0]!.doc.id).toBe('yunfu-new-employment');
    expect(result.hits[0]!.missing.join('')).toBe('量子纠缠');
    const both = await engine.search('蓬莱 外卖骑手');
    expect(both.complete).toBeGreaterThan(0);
    expect(both.complete).toBeLessThan(both.total);
    const missing = both.hits.map((hit) => hit.missing.length);
    expect(missing).toEqual([...missing].sort((a, b) => a - b));
    expect(missing[0]).toBe(0);
    expect(missing.at(-1)).toBeGreaterThan(0);
  });

  it('finds a phrase the text interrupts with quotation marks (暖新驿站 in 暖“新”驿站), and highlights it', async () => {
    const result = await engine.search('暖新驿站');
    const yunfu = result.hits.find((hit) => hit.doc.id === 'yunfu-new-employment');
    expect(yunfu?.missing).toEqual([]);
    expect(yunfu?.section?.snippet.filter((part) => part.match).map((part) => part.text)).toContain('暖“新”驿站');
  });

  it.each([
    ['traditional characters', '蓬萊 海上風電', 'penglai-offshore-chain'],
    ['full-width letters and digits', '１．２万平方米', 'yantai-hightech-zone'],
    ['pinyin of a later word alone', 'zhigu', 'yantai-hightech-zone'],
    ['spaced pinyin', 'lanse zhigu', 'yantai-hightech-zone'],
    ['pinyin initials', 'lszg', 'yantai-hightech-zone'],
    ['a figure in Chinese numerals', '一万二千平方米', 'yantai-hightech-zone'],
    ['a percent written out', '百分之七十', 'penglai-edz'],
    ['an everyday word from the thesaurus', '外卖小哥', 'yunfu-new-employment'],
    ['a question typed as a sentence', '云浮是怎么让外卖骑手参与基层治理的', 'yunfu-new-employment'],
    ['an English query', 'offshore wind power', 'penglai-offshore-chain'],
    ['a one-character term beside another', '云浮 党', 'yunfu-new-employment'],
  ])('finds %s (%s)', async (_, query, expected) => {
    const hits = await top(query);
    expect(hits.slice(0, 3), `${query} → ${hits.join(', ')}`).toContain(expected);
  });

  it('pages past the first results', async () => {
    const first = await engine.search('党建', {}, 3, 0);
    const second = await engine.search('党建', {}, 3, 3);
    expect(first.hits).toHaveLength(3);
    expect(second.hits.length).toBeGreaterThan(0);
    expect(second.hits.map((hit) => hit.doc.id)).not.toContain(first.hits[0]!.doc.id);
  });
});

describe('the evaluation set (tests/fixtures/search/queries.json)', () => {
  const queries: { category: string; query: string; expect: string[]; section?: string; why: string }[] = JSON.parse(
    readFileSync(new URL('../../../tests/fixtures/search/queries.json', import.meta.url), 'utf8'),
  );
  it('has at least 60 queries, each with the sentence that justifies its answer', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const query of queries) expect(query.why.length, query.query).toBeGreaterThan(5);
  });
  it('puts a right answer (and, for sections, the right section) in the top three for at least 7 of 8 queries of every category', async () => {
    const engine = new SearchEngine(memoryLoader(await indexCasebook(root, content)));
    const found = new Map<string, { hits: number; total: number; misses: string[] }>();
    for (const query of queries) {
      const { hits } = await engine.search(query.query, {}, 10);
      const hit = hits.slice(0, 3).find((item) => query.expect.includes(item.doc.id));
      const right = hit !== undefined && (!query.section || hit.section?.heading === query.section);
      const entry = found.get(query.category) ?? { hits: 0, total: 0, misses: [] };
      entry.total++;
      if (right) entry.hits++;
      else entry.misses.push(query.query);
      found.set(query.category, entry);
    }
    for (const [category, { hits, total, misses }] of found) expect(hits / total, `${category}: missed ${misses.join(', ')}`).toBeGreaterThanOrEqual(7 / 8);
  });
});

describe('search snippets', () => {
  it('cuts a window around the first match and marks every match in it', () => {
    expect(snippetOf('甲乙丙丁蓬莱戊己蓬莱', matchRanges('甲乙丙丁蓬莱戊己蓬莱', [{ kind: 'text', value: '蓬莱', weight: 1 }]).map(([from, to]) => [from, to]))).toEqual([
      { text: '甲乙丙丁', match: false },
      { text: '蓬莱', match: true },
      { text: '戊己', match: false },
      { text: '蓬莱', match: true },
    ]);
  });

  it('runs paragraphs on without a space between Chinese sentences', () => {
    const text = '企业多了，并不自然等于链条强了。\n担任产业链党建联盟召集人的程韶文回顾。\nLink to\nthe page';
    const parts = snippetOf(text, matchRanges(text, [{ kind: 'text', value: '党建', weight: 1 }]).map(([from, to]) => [from, to]));
    expect(parts.map((part) => part.text).join('')).toBe('企业多了，并不自然等于链条强了。担任产业链党建联盟召集人的程韶文回顾。Link to the page');
    expect(parts.find((part) => part.match)?.text).toBe('党建');
  });

  it('reads the data table\'s statistics as sentences', async () => {
    const index = await indexCasebook(root, content);
    const loader = memoryLoader(index);
    const result = await new SearchEngine(loader).search('党群服务中心总面积');
    const snippet = result.hits.find((hit) => hit.section?.anchor === 'stat-table-heading')?.section?.snippet.map((part) => part.text).join('') ?? '';
    expect(snippet).toContain('党群服务中心总面积：1.3万平方米。');
    expect(snippet).not.toMatch(/[\p{Script=Han}：。] +[\p{Script=Han}]/u);
  });
});

describe('what a first query fetches', () => {
  it('loads the metadata, only the shards of the query\'s terms, and only the files of shown results', async () => {
    const index = await indexCasebook(root, content);
    const loader = memoryLoader(index);
    const result = await new SearchEngine(loader).search('红链服务队');
    expect(result.hits.map((hit) => hit.doc.id)).toEqual(expect.arrayContaining(['penglai-edz', 'penglai-offshore-chain']));
    const paths = loader.fetched.map((file) => file.path);
    expect(paths[0]).toBe('meta.json');
    const shards = paths.filter((path) => path.startsWith('shards/'));
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThanOrEqual(4);
    expect(paths.filter((path) => path.startsWith('docs/')).sort()).toEqual(result.hits.map((hit) => `docs/${casebookOrder(index, hit.doc.id)}.json`).sort());
    // Nothing that holds every case: neither the fuzzy fields nor the pinyin vocabulary.
    expect(paths.filter((path) => !/^(meta|shards\/\d+|docs\/\d+)\.json$/.test(path))).toEqual([]);
  });

  it('keeps meta.json free of anything per case', async () => {
    const index = await indexCasebook(root, content);
    expect(Object.keys(index.meta).sort()).toEqual(['common', 'docCount', 'shardCount', 'thesaurus', 'variants', 'version']);
  });

  it('filters through the index\'s own lists of each filter\'s cases, fetching no case\'s file but the shown ones', async () => {
    const index = await indexCasebook(root, content);
    const loader = memoryLoader(index);
    const result = await new SearchEngine(loader).search('党建', { series: 'yunfu' });
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.every((hit) => hit.doc.series === 'yunfu')).toBe(true);
    expect(loader.fetched.filter((file) => file.path.startsWith('docs/'))).toHaveLength(result.hits.length);
  });
});

/** A case's doc index in the search index (its place in the order the site lists cases). */
function casebookOrder(index: Awaited<ReturnType<typeof indexCasebook>>, id: string): number {
  return index.docs.findIndex((file) => file.doc.id === id);
}

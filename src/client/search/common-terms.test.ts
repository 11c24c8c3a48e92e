import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SearchEngine } from './engine.ts';
import { indexCasebook, memoryLoader } from '../../outputs/search-index/memory.ts';
import type { SearchIndex } from '../../outputs/search-index/build.ts';
import { writeSyntheticCasebook } from '../../../scripts/bench/synthetic.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// Enough cases that the words every synthetic body repeats are left out of the body postings as common.
const CASES = 100;

describe('a word nearly every case has, in a casebook large enough to leave it out of the postings', () => {
  let dir: string;
  let index: SearchIndex;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'casebook-common-'));
    await writeSyntheticCasebook(dir, CASES, path.join(root, 'content'), 400);
    index = await indexCasebook(root, dir);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is common, and still finds every case, title and summary matches first', async () => {
    expect(index.meta.common).toContain('服务');
    const result = await new SearchEngine(memoryLoader(index)).search('服务', {}, 10);
    expect(result.total).toBe(CASES);
    expect(result.complete).toBe(CASES);
    const inFields = (hit: (typeof result.hits)[number]) => hit.doc.title.includes('服务') || hit.doc.summary.includes('服务');
    // Field matches score above the cases that have the word only in their body.
    const firstBodyOnly = result.hits.findIndex((hit) => !inFields(hit));
    if (firstBodyOnly >= 0) expect(result.hits.slice(firstBodyOnly).every((hit) => !inFields(hit))).toBe(true);
    expect(result.hits.slice(0, 1).every(inFields)).toBe(true);
  });

  it('pages through all of them, each case once, in the order one long page gives', async () => {
    const engine = new SearchEngine(memoryLoader(index));
    const whole = (await engine.search('园区 服务', {}, CASES)).hits.map((hit) => hit.doc.id);
    const paged: string[] = [];
    for (let offset = 0; offset < CASES; offset += 10) paged.push(...(await engine.search('园区 服务', {}, 10, offset)).hits.map((hit) => hit.doc.id));
    expect(new Set(whole).size).toBe(CASES);
    expect(paged).toEqual(whole);
  });

  it('filters the cases counted everywhere too', async () => {
    const result = await new SearchEngine(memoryLoader(index)).search('服务', { series: 'yunfu' }, CASES);
    const yunfu = index.docs.filter((file) => file.doc.series === 'yunfu').length;
    expect(result.total).toBe(yunfu);
    expect(result.hits).toHaveLength(yunfu);
    expect(result.hits.every((hit) => hit.doc.series === 'yunfu')).toBe(true);
  });
});

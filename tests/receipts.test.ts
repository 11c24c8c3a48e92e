import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from './helpers/build.ts';
import { sharedBuild } from './helpers/shared-build.ts';

// The valid fixture built as a site: a verified figure, one whose source has no text, and a reconciled
// disagreement, as readers see them on the case page, 数据核对 and the exports. (Its Markdown rendering is
// checked without a build, in src/model/body/render.test.ts.)
let site: BuildResult;
beforeAll(async () => {
  site = await sharedBuild('tests/fixtures/valid', { env: { CASEBOOK_CARDS: 'off' } });
  if (site.status !== 0) throw new Error(site.output);
}, 300_000);

describe('receipts on a built case page', () => {
  let html: string;
  beforeAll(() => {
    html = site.read('cases/penglai-sample/index.html').replace(/ data-astro-cid-\w+/g, '');
  });

  it('quotes the source sentence under a verified figure, the figure marked, with its paragraph', () => {
    const row = /<tr id="stat-blade-length">.*?<tr class="receipt-row">(.*?)<\/tr>/s.exec(html)?.[1] ?? '';
    expect(row).toMatch(/<span class="receipt-status verified">已核对原文<\/span><span class="receipt-where">原文第 \d+ 段：<\/span><q class="receipt-quote">[^<]*<mark>126米<\/mark>[^<]*<\/q>/);
  });

  it('marks a figure whose source has no text 未核对原文, never 已核对原文', () => {
    const row = /<tr id="stat-volunteers">.*?<tr class="receipt-row">(.*?)<\/tr>/s.exec(html)?.[1] ?? '';
    expect(row).toContain('<span class="receipt-status unverified">未核对原文</span> 该来源没有可供核对的全文。');
    expect(row).not.toContain('已核对原文');
    const csv = site.read('api/stats.csv');
    expect(csv).toMatch(/,volunteers,.*,unverified,未核对原文,,,,\r\n/);
    expect(csv).toMatch(/,blade-length,.*,verified,已核对原文,\d+,\d+,\d+,[^,]*126米[^,]*\r\n/);
  });

  it('shows an editor\'s reconciliation under each disputed figure and lists the pair on 数据核对', () => {
    const row = /<tr id="stat-wind-projects">.*?<tr class="reconciliation">(.*?)<\/tr>/s.exec(html)?.[1] ?? '';
    expect(row).toContain('口径不同，两数并存。合版报道写全区促成22个，走访记录只记开发区的7个');
    const check = site.read('data-check/index.html').replace(/<[^>]+>/g, '');
    expect(check).toContain('蓬莱海上风电产业链招商 · 促成落地海上风电项目数');
    expect(check).toMatch(/22个.*7个/s);
  });
});

describe('data tables on a phone', () => {
  it('label every cell of a case\'s data table and of 数据核对 for the stacked rows a phone shows', () => {
    const page = site.read('cases/penglai-sample/index.html').replace(/ data-astro-cid-\w+/g, '');
    const row = /<tr id="stat-blade-length">(.*?)<\/tr>/s.exec(page)?.[1] ?? '';
    expect([...row.matchAll(/data-label="([^"]+)"/g)].map((match) => match[1])).toEqual(['数字：', '对象：', '指标：', '时间：', '来源：']);
    const check = site.read('data-check/index.html').replace(/ data-astro-cid-\w+/g, '');
    const first = /<tbody><tr>(.*?)<\/tr>/s.exec(check)?.[1] ?? '';
    expect([...first.matchAll(/data-label="([^"]+)"/g)].map((match) => match[1])).toEqual(['数字：', '案例：', '来源：', '核对说明：']);
    // Readers see the source's citation, never its id.
    expect(check.replace(/<[^>]+>/g, '')).not.toMatch(/spread-b14-b15/);
  });
});

describe('the build log', () => {
  it('warns, naming the setting, while the site URL is still the placeholder', () => {
    expect(site.output).toContain('the site URL is still the placeholder https://casebook.example.org');
    expect(site.output).toContain('Set url in casebook.yaml, or CASEBOOK_SITE_URL.');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from './helpers/build.ts';

// The fixture case exercises what Astro 7's default Markdown processor gets wrong for Chinese.
describe('Markdown for Chinese, through the real build', () => {
  let site: BuildResult;
  let html: string;
  beforeAll(() => {
    site = buildSite('tests/fixtures/valid');
    if (site.status !== 0) throw new Error(site.output);
    html = site.read('cases/penglai-sample/index.html');
  }, 120_000);

  it('bolds emphasis that closes against Chinese punctuation', () => {
    expect(html).toContain('<strong>“红色引擎”</strong>工程');
    expect(html).not.toContain('**');
  });

  it('renders GFM strikethrough next to Chinese text', () => {
    expect(html).toContain('<del>删除</del>');
  });

  it('renders GFM tables', () => {
    // Line breaks between the table's tags are not part of what a reader sees.
    expect(html.replace(/>\s+</g, '><')).toMatch(/<table><thead><tr><th>列<\/th><th>值<\/th><\/tr><\/thead><tbody><tr><td>甲<\/td><td>乙<\/td><\/tr><\/tbody><\/table>/);
  });

  it('renders each <Stat /> from the frontmatter figure', () => {
    expect(html).toMatch(/叶片长达<a class="stat" href="#stat-blade-length" title="远瑞169轮运载的风电叶片 · 长度\n来源：[^"]+"[^>]*>126米<\/a>/);
  });
});

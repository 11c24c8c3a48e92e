import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadCasebook } from '../load.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

// The HTML a case page shows is the model's rendering of its body (src/model/loader.ts stores it for Astro), so
// what Astro 7's default Markdown processor gets wrong for Chinese is checked here, on the fixture case written
// to exercise it, without a site build.
describe('Markdown for Chinese, as a case page shows it', () => {
  let html: string;
  beforeAll(async () => {
    const casebook = await loadCasebook(root, 'tests/fixtures/valid');
    expect(casebook.diagnostics).toEqual([]);
    html = casebook.cases.find((entry) => entry.id === 'penglai-sample')!.parsed.html;
  });

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

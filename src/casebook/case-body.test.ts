import { describe, expect, it } from 'vitest';
import { readCaseBody } from './case-body.ts';
import { caseSchema, type CaseData } from './schemas/case.ts';

const data: CaseData = caseSchema.parse({
  title: '测试案例标题',
  summary: '这是一个测试用的摘要，用来检验正文的读取、渲染和检查是否一致可靠。',
  series: 'penglai-chain',
  kind: 'park',
  place: { province: '山东省', city: '烟台市' },
  date: '2026-11-05',
  sources: ['report'],
  stats: [
    { id: 'firms', figure: '12家', subject: '测试联盟', metric: '成员企业数', source: 'report', period: '2021年' },
    { id: 'money', figure: '2.6亿元', subject: '测试对接', metric: '融资额', source: 'report' },
  ],
});
const locate = () => ({ line: 20, column: 5 });
const read = (body: string) => readCaseBody('content/cases/x.mdx', body, 10, data, locate, () => '测试报告');

describe('a case body, read once', () => {
  it('renders <Stat> as the declared figure linking to its row, with what it measures on hover', () => {
    const { html, diagnostics } = read('联盟有<Stat id="firms" />成员，融资<Stat id="money" />。');
    expect(diagnostics).toEqual([]);
    expect(html).toBe(
      '<p>联盟有<a class="stat" href="#stat-firms" title="测试联盟 · 成员企业数 · 2021年\n来源：测试报告" data-stat="firms">12家</a>成员，融资<a class="stat" href="#stat-money" title="测试对接 · 融资额\n来源：测试报告" data-stat="money">2.6亿元</a>。</p>',
    );
  });

  it('escapes every text and attribute, and renders <NotClaim> as its content', () => {
    const { html } = read('\\<script>alert(1)\\</script> <NotClaim>“十四五”</NotClaim> [链接](https://example.org/?a="b") <Stat id="firms" /><Stat id="money" />');
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('“十四五”');
    expect(html).toContain('href="https://example.org/?a=%22b%22"');
    expect(html).not.toMatch(/<script|NotClaim/);
  });

  it('gives headings the ids the search sections link to, and lists them', () => {
    const { html, headings, sections } = read('## 背景\n\n<Stat id="firms" /><Stat id="money" />\n\n### 建联盟（一）\n\n正文\n\n## 背景');
    expect(headings).toEqual([
      { depth: 2, slug: '背景', text: '背景' },
      { depth: 3, slug: '建联盟一', text: '建联盟（一）' },
      { depth: 2, slug: '背景-1', text: '背景' },
    ]);
    expect(html).toContain('<h2 id="背景">背景</h2>');
    expect(html).toContain('<h3 id="建联盟一">');
    expect(sections.map((section) => section.anchor)).toEqual(headings.map((heading) => heading.slug));
    // A line of only tags is a block in MDX, so each figure stands on its own line.
    expect(sections[0]!.text).toBe('12家\n2.6亿元');
  });

  it('reports statistics never stated, <Stat> naming nothing and undeclared claims at their file positions', () => {
    const { diagnostics } = read('联盟有<Stat id="firm" />成员。\n\n共有**126**米长的叶片，另有<NotClaim>三十家</NotClaim>。');
    expect(diagnostics.map((item) => `${item.line}:${item.column} ${item.field ?? ''} ${item.message.slice(0, 40)}`)).toEqual([
      '10:4  <Stat id="firm" /> names no statistic de',
      '20:5 stats[0].id "firms" (12家) is declared but never stat',
      '20:5 stats[1].id "money" (2.6亿元) is declared but never st',
      '12:5  "126米" reads as a claim but is not a dec',
    ]);
  });

  it('reports a syntax error at its line instead of failing later in the build', () => {
    const { diagnostics, html } = read('第一段。\n\n<NotClaim>没有闭合');
    expect(html).toBe('');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.line).toBe(12);
    expect(diagnostics[0]!.message).toMatch(/^MDX syntax: /);
  });

  it('reports a number before a word the unit catalogue does not know, at its place', () => {
    const { diagnostics } = read('<Stat id="firms" /><Stat id="money" />\n\n园区引进12种新产品。');
    expect(diagnostics.map((item) => `${item.line}:${item.column}`)).toEqual(['12:5']);
    expect(diagnostics[0]!.message).toMatch(/^"12种…": unrecognised unit "种" after a number; declare the figure in stats/);
  });
});

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
/** `text` under ## 背景 (from file line 12, the body starting on line 10), followed by the other three sections. */
const inCase = (text: string) => read(`## 背景\n\n${text}\n\n## 主要做法\n\n甲\n\n## 成效\n\n乙\n\n## 启示\n\n丙\n`);
const where = (body: ReturnType<typeof read>) => body.diagnostics.map((item) => `${item.line}:${item.column} ${item.message}`);

describe('a case body, read once', () => {
  it('renders <Stat> as the declared figure linking to its row, with what it measures on hover', () => {
    const { html, diagnostics } = inCase('联盟有<Stat id="firms" />成员，融资<Stat id="money" />。');
    expect(diagnostics).toEqual([]);
    expect(html).toContain(
      '<p>联盟有<a class="stat" href="#stat-firms" title="测试联盟 · 成员企业数 · 2021年\n来源：测试报告" data-stat="firms">12家</a>成员，融资<a class="stat" href="#stat-money" title="测试对接 · 融资额\n来源：测试报告" data-stat="money">2.6亿元</a>。</p>',
    );
  });

  it('escapes every text and attribute, and renders <NotClaim> as its content', () => {
    const { html } = inCase('\\<script>alert(1)\\</script> <NotClaim>“十四五”</NotClaim> [链接](https://example.org/?a="b") <Stat id="firms" /><Stat id="money" />');
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('“十四五”');
    expect(html).toContain('href="https://example.org/?a=%22b%22"');
    expect(html).not.toMatch(/<script|NotClaim/);
  });

  it('gives headings the ids the search sections link to, and lists them', () => {
    const { html, headings, sections } = read('## 背景\n\n<Stat id="firms" /><Stat id="money" />\n\n### 建联盟（一）\n\n正文\n\n## 主要做法\n\n## 成效\n\n## 启示\n\n## 启示');
    expect(headings).toEqual([
      { depth: 2, slug: '背景', text: '背景' },
      { depth: 3, slug: '建联盟一', text: '建联盟（一）' },
      { depth: 2, slug: '主要做法', text: '主要做法' },
      { depth: 2, slug: '成效', text: '成效' },
      { depth: 2, slug: '启示', text: '启示' },
      { depth: 2, slug: '启示-1', text: '启示' },
    ]);
    expect(html).toContain('<h2 id="背景">背景</h2>');
    expect(html).toContain('<h3 id="建联盟一">');
    expect(sections.map((section) => section.anchor)).toEqual(headings.map((heading) => heading.slug));
    // A line of only tags is a block in MDX, so each figure stands on its own line.
    expect(sections[0]!.text).toBe('12家\n2.6亿元');
  });

  it('reports statistics never stated, <Stat> naming nothing and undeclared claims at their file positions', () => {
    const { diagnostics } = inCase('联盟有<Stat id="firm" />成员。\n\n共有**126**米长的叶片，另有<NotClaim>三十家</NotClaim>。');
    expect(diagnostics.map((item) => `${item.line}:${item.column} ${item.field ?? ''} ${item.message.slice(0, 40)}`)).toEqual([
      '12:4  <Stat id="firm" /> names no statistic de',
      '20:5 stats[0].id "firms" (12家) is declared but never stat',
      '20:5 stats[1].id "money" (2.6亿元) is declared but never st',
      '14:5  "126米" reads as a claim but is not a dec',
    ]);
  });

  it('reports a syntax error at its line instead of failing later in the build', () => {
    const { diagnostics, html } = read('第一段。\n\n<NotClaim>没有闭合');
    expect(html).toBe('');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.line).toBe(12);
    expect(diagnostics[0]!.message).toMatch(/^MDX syntax: /);
  });

  it('names the places inside a syntax message in file lines, as the editor sees them', () => {
    // The body starts on file line 10: the tag opened on its third line is on file line 12.
    const { diagnostics } = read('第一段。\n\n<NotClaim>没有闭合');
    expect(diagnostics[0]!.message).toContain('(12:1-12:11)');
  });

  it('reports a number before a word the unit catalogue does not know, at its place', () => {
    const { diagnostics } = inCase('<Stat id="firms" /><Stat id="money" />\n\n园区引进12码新产品。');
    expect(diagnostics.map((item) => `${item.line}:${item.column}`)).toEqual(['14:5']);
    expect(diagnostics[0]!.message).toMatch(/^"12码…": unrecognised unit "码" after a number; declare the figure in stats/);
  });
});

describe('odd input: one error at its line, in bounded time, never a crash', () => {
  const timed = (body: string) => {
    const started = performance.now();
    const result = read(body);
    return { result, ms: performance.now() - started };
  };

  it('refuses a one-line list 3,000 deep before parsing, at its line, in well under a second', () => {
    const { result, ms } = timed('第一段。\n\n第二段。\n\n' + '- '.repeat(3000) + 'x');
    expect(where(result)).toEqual(['14:1 nesting 3000 deep: lists and quotes may nest at most 20 levels']);
    expect(result.html).toBe('');
    expect(ms).toBeLessThan(500);
  });

  it('refuses an indented list 1,000 and 3,000 deep at the line that goes past 20 levels', () => {
    for (const depth of [1000, 3000]) {
      const { result, ms } = timed(Array.from({ length: depth }, (_, index) => `${'  '.repeat(index)}- 第${index}层`).join('\n'));
      expect(where(result)).toEqual(['30:41 nesting 21 deep: lists and quotes may nest at most 20 levels']);
      expect(ms).toBeLessThan(500);
    }
  });

  it('refuses a block quote 5,000 deep and tags 10,000 deep', () => {
    expect(where(timed('>'.repeat(5000) + ' x').result)).toEqual(['10:1 nesting 5000 deep: lists and quotes may nest at most 20 levels']);
    const tags = timed('<NotClaim>\n\n'.repeat(10_000) + '三家\n\n' + '</NotClaim>\n\n'.repeat(10_000));
    expect(where(tags.result)).toEqual(['50:1 nesting 21 deep: tags may nest at most 20 levels']);
    expect(tags.ms).toBeLessThan(500);
  });

  it('refuses a body over 512 KB, a line over 10,000 characters and a paragraph of over 500 marks', () => {
    expect(where(read(`## 背景\n\n${'文'.repeat(9000)}\n\n`.repeat(20)))).toEqual(['10:1 the body is 528 KB: a case body may be at most 512 KB']);
    expect(where(read(`第一段。\n\n${'文'.repeat(10_001)}`))).toEqual([
      '12:1 line of 10001 characters: a line may be at most 10000; start a new paragraph (a blank line) where the text allows',
    ]);
    expect(where(read(`第一段。\n\n${'*甲\n'.repeat(300)}乙${'\n丙*'.repeat(300)}`))).toEqual([
      '12:1 paragraph with 600 of the marks * _ ~ [ <: a paragraph may hold at most 500 (emphasis, links and tags are made of them); split it',
    ]);
  });

  it('refuses a tree deeper than 100 levels in all, at the first node past it', () => {
    expect(where(read(`${'*甲 '.repeat(120)}乙${' 丙*'.repeat(120)}`))).toEqual([
      '10:296 nesting 122 deep: lists, quotes, tags, emphasis and links may nest at most 100 levels in all',
    ]);
  });

  it('turns any other exception while reading a body into an error for its file', () => {
    const result = readCaseBody('content/cases/x.mdx', '## 背景\n\n<Stat id="firms" /><Stat id="money" />', 10, data, locate, () => {
      throw new TypeError('boom');
    });
    expect(result.html).toBe('');
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ file: 'content/cases/x.mdx', line: 10, column: 1 });
    expect(result.diagnostics[0]!.message).toMatch(/^could not read the body, an error in Casebook \(please report it\): TypeError: boom \(at .*case-body\.test\.ts:\d+:\d+\)$/);
  });
});

describe('the four sections', () => {
  it('refuses an empty body at its first line', () => {
    expect(where(read('\n\n'))).toEqual(['10:1 the body is empty: a case has four level-2 sections in this order: ## 背景, ## 主要做法, ## 成效, ## 启示']);
  });

  it('names a removed or renamed section at the heading before its place, with what was found', () => {
    const full = '## 背景\n\n甲<Stat id="firms" />\n\n## 主要做法\n\n乙<Stat id="money" />\n\n## 成效\n\n丙\n\n## 启示\n\n丁\n';
    expect(where(read(full))).toEqual([]);
    expect(where(read(full.replace('## 启示\n\n丁\n', '')))).toEqual([
      '18:1 missing section ## 启示: a case has four level-2 sections in this order: ## 背景, ## 主要做法, ## 成效, ## 启示 (found: ## 背景, ## 主要做法, ## 成效)',
    ]);
    expect(where(read(full.replace('## 成效', '## 效果')))).toEqual([
      '18:1 missing section ## 成效: a case has four level-2 sections in this order: ## 背景, ## 主要做法, ## 成效, ## 启示 (found: ## 背景, ## 主要做法, ## 效果, ## 启示)',
    ]);
  });

  it('accepts the equivalents 做法, 主要成效 and 经验启示', () => {
    expect(where(read('## 背景\n\n甲<Stat id="firms" />\n\n## 做法\n\n乙<Stat id="money" />\n\n## 主要成效\n\n丙\n\n## 经验启示\n\n丁\n'))).toEqual([]);
  });
});

describe('full-width digits in the prose', () => {
  it('reads １２３个 and ４５％ as claims, quoted as typed', () => {
    expect(where(inCase('<Stat id="firms" /><Stat id="money" />共有１２３个驿站，１23个和４５％。'))).toEqual([
      '12:41 "１２３个" reads as a claim but is not a declared statistic: declare it in stats and write <Stat id="…" />, or wrap a number that is not a claim in <NotClaim>…</NotClaim>',
      '12:48 "１23个" reads as a claim but is not a declared statistic: declare it in stats and write <Stat id="…" />, or wrap a number that is not a claim in <NotClaim>…</NotClaim>',
      '12:53 "４５％" reads as a claim but is not a declared statistic: declare it in stats and write <Stat id="…" />, or wrap a number that is not a claim in <NotClaim>…</NotClaim>',
    ]);
  });
});

describe('MDX syntax errors in Casebook words', () => {
  it('says an autolink is not a link in MDX, at its <', () => {
    expect(where(read('第一段。\n\n详见 <https://example.org/a?b=1> 网站。'))).toEqual(['12:4 <https://example.org/a?b=1> is not a link in MDX: write [text](https://example.org/a?b=1)']);
    expect(where(read('写信至<name@example.org>。'))).toEqual(['10:4 <name@example.org> is not a link in MDX: write [text](mailto:name@example.org)']);
    expect(where(read('见 <www.example.org> 网站。'))).toEqual(['10:3 <www.example.org> is not a link in MDX: write [text](https://www.example.org)']);
  });
});

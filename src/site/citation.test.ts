import { describe, expect, it } from 'vitest';
import { citationParts, formatCitation, sourceLang } from './citation.ts';
import { uiFor } from '../i18n/ui.ts';
import type { Source } from '../model/schemas/source.ts';

const base: Source = {
  title: '烟台蓬莱经济开发区努力打造园区发展“红色引擎”',
  description: '蓬莱经济开发区的报道',
  outlet: 'unknown',
  type: 'newspaper',
  date: 'unknown',
  pages: 'unknown',
  authors: 'unknown',
};

describe('citations', () => {
  it('states every unknown fact as unknown instead of inventing it', () => {
    expect(formatCitation(base)).toBe('佚名. 烟台蓬莱经济开发区努力打造园区发展“红色引擎”[N]. 刊名不详, 日期不详: 版次不详.');
  });

  it('cites a fully known magazine article in GB/T 7714 order', () => {
    const known: Source = {
      ...base,
      type: 'magazine',
      outlet: '某期刊',
      authors: ['杜英姿', '郭文治'],
      pages: '12-15',
      date: { year: 2022, month: 6, precision: 'month', iso: '2022-06' },
    };
    expect(formatCitation(known)).toBe('杜英姿, 郭文治. 烟台蓬莱经济开发区努力打造园区发展“红色引擎”[J]. 某期刊, 2022年6月: 12-15.');
  });

  it('ends with the source\'s web address, linked, in either style', () => {
    const online: Source = { ...base, type: 'website', url: 'https://www.example.gov.cn/xw/202401/t1.html' };
    expect(formatCitation(online)).toBe('佚名. 烟台蓬莱经济开发区努力打造园区发展“红色引擎”[EB/OL]. 刊名不详, 日期不详: 版次不详. https://www.example.gov.cn/xw/202401/t1.html');
    const english = citationParts({ ...online, title: 'Spotlight on Attleboro', outlet: 'U.S. Conference of Mayors' });
    expect(english.at(-1)).toEqual({ text: 'https://www.example.gov.cn/xw/202401/t1.html', href: 'https://www.example.gov.cn/xw/202401/t1.html' });
  });

  it('describes an untitled document in brackets rather than making up a title', () => {
    expect(formatCitation({ ...base, title: 'unknown', description: '报纸B14—B15版合版' })).toContain('〔无题：报纸B14—B15版合版〕[N]');
  });
});

describe('citations of English sources (APA 7)', () => {
  const article: Source = {
    title: 'How a river was brought back',
    description: 'A feature on the river cleanup',
    outlet: 'The Riverside Gazette',
    type: 'newspaper',
    date: { year: 2024, month: 3, day: 1, precision: 'day', iso: '2024-03-01' },
    pages: 'A4',
    authors: ['Jane Smith', 'Ali Khan'],
  };

  it('reads a record with an English title or outlet as English, one with neither as the casebook\'s language', () => {
    expect(sourceLang(article, 'zh-CN')).toBe('en');
    expect(sourceLang({ ...base }, 'en')).toBe('zh-CN');
    expect(sourceLang({ ...article, title: 'unknown', outlet: 'unknown' }, 'zh-CN')).toBe('zh-CN');
    expect(sourceLang({ ...article, title: 'unknown', outlet: 'unknown' }, 'en')).toBe('en');
  });

  it('cites authors, date, title and the periodical in italics with its page', () => {
    const parts = citationParts(article);
    expect(parts.map((part) => part.text).join('')).toBe('Jane Smith & Ali Khan. (2024, March 1). How a river was brought back. The Riverside Gazette, A4.');
    expect(parts.filter((part) => part.italic).map((part) => part.text)).toEqual(['The Riverside Gazette']);
  });

  it('leads with the title when no author is credited, and says n.d. when no date is shown', () => {
    expect(formatCitation({ ...article, authors: 'unknown', date: 'unknown', pages: 'unknown' })).toBe('How a river was brought back. (n.d.). The Riverside Gazette.');
  });

  it('describes an untitled document in square brackets, and sets a report\'s title in italics', () => {
    expect(formatCitation({ ...article, title: 'unknown', outlet: 'unknown', authors: 'unknown' }, uiFor('en'), 'en')).toBe('[A feature on the river cleanup]. (2024, March 1). p. A4.');
    const report = citationParts({ ...article, type: 'report', outlet: 'Riverside Council', pages: 'unknown', authors: ['Riverside Council'] });
    expect(report.map((part) => part.text).join('')).toBe('Riverside Council. (2024, March 1). How a river was brought back. Riverside Council.');
    expect(report.filter((part) => part.italic).map((part) => part.text)).toEqual(['How a river was brought back.']);
  });

  it('keeps a Chinese source in GB/T 7714 in an English casebook, its unknown facts in English', () => {
    expect(formatCitation(base, uiFor('en'), 'en')).toBe('Anon. 烟台蓬莱经济开发区努力打造园区发展“红色引擎”[N]. publication not stated, n.d.: page not stated.');
  });
});

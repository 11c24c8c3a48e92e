import { describe, expect, it } from 'vitest';
import { formatCitation } from './citation.ts';
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

  it('describes an untitled document in brackets rather than making up a title', () => {
    expect(formatCitation({ ...base, title: 'unknown', description: '报纸B14—B15版合版' })).toContain('〔无题：报纸B14—B15版合版〕[N]');
  });
});

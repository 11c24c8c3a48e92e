import { describe, expect, it } from 'vitest';
import { locateFigures } from './locate.ts';

const TEXT = [
  '标题：某区工作综述',
  '',
  '今年以来，全区新建站点12个。服务群众1300余人次，',
  '满意度达到近97%。',
  '',
  '　　“我们共吸纳了 15 家企业。”负责人说，全年产值突破百亿元。',
].join('\n');

describe('locateFigures', () => {
  const located = locateFigures(TEXT);
  const find = (printed: string) => located.find((item) => item.parsed.printed === printed)!;

  it('gives each figure its paragraph and its offset in the file', () => {
    expect(find('12个')).toMatchObject({ paragraph: 2, offset: TEXT.indexOf('12个') });
    expect(find('突破百亿元')).toMatchObject({ paragraph: 3, offset: TEXT.indexOf('突破百亿元') });
  });

  it('quotes the sentence around the figure, the figure marked, line wraps undone', () => {
    expect(find('1300余人次').quote).toEqual({ before: '服务群众', figure: '1300余人次', after: '，满意度达到近97%。' });
    expect(find('近97%').quote).toEqual({ before: '服务群众1300余人次，满意度达到', figure: '近97%', after: '。' });
  });

  it('finds a figure spaced from its unit, quoting the source as printed, and leaves a closing quote to its sentence', () => {
    const spaced = find('15家');
    expect(spaced.offset).toBe(TEXT.indexOf('15 家'));
    expect(spaced.quote).toEqual({ before: '“我们共吸纳了', figure: '15家', after: '企业。”' });
    expect(find('突破百亿元').quote.before).toBe('负责人说，全年产值');
  });

  it('folds full-width digits and never joins figures across paragraphs', () => {
    const wide = locateFigures('共有１２家\n\n企业');
    expect(wide.map((item) => [item.parsed.printed, item.quote.figure])).toEqual([['12家', '１２家']]);
    // A short line (a heading) ends its paragraph; a line as long as the text's others wraps into the next.
    const body = '企业在园区内设立党组织，服务群众，开展活动，形成合力，共同';
    expect(locateFigures(`概况12\n\n${body}\n\n${body}`).some((item) => item.parsed.unit.symbol === '企业')).toBe(false);
    expect(locateFigures(`${body}12\n\n家${body}\n\n${body}`).map((item) => item.parsed.printed)).toEqual(['12家']);
  });

  it('shortens a long sentence around the figure', () => {
    const long = `${'很'.repeat(200)}共计5个${'长'.repeat(200)}。`;
    const { quote } = locateFigures(long)[0]!;
    expect(quote.before.startsWith('…')).toBe(true);
    expect(quote.after.endsWith('…')).toBe(true);
    expect(quote.before.length).toBeLessThan(90);
  });
});

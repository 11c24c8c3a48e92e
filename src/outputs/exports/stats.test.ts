import { describe, expect, it } from 'vitest';
import { csvText, STAT_COLUMNS, toCsv, toJson } from './stats.ts';
import { statRows, type StatRow } from '../../view/stat-rows.ts';
import { statisticSchema } from '../../model/schemas/statistic.ts';
import type { CaseData } from '../../model/schemas/case.ts';

const row: StatRow = {
  case: 'penglai-edz',
  caseTitle: '蓬莱经济开发区："红色引擎", 加速',
  url: 'https://casebook.example.org/cases/penglai-edz/#stat-x',
  id: 'x',
  subject: '蓬莱经济开发区',
  metric: '融资额',
  period: '',
  figure: '2.6亿元',
  value: 2.6e8,
  normalized: 2.6e8,
  dimension: 'currency',
  unit: '元',
  change: '',
  normalizedHigh: '',
  per: '',
  qualifier: 'exact',
  qualifierLabel: '确数',
  source: 'penglai-edz-red-engine',
  headline: true,
  reconciliation: '',
  reconciliationNote: '',
  verification: 'verified',
  verificationLabel: '已核对原文',
  sourceParagraph: 4,
  sourceLine: 7,
  sourceOffset: 312,
  sourceSentence: '累计融资2.6亿元。',
};

describe('stats export', () => {
  it('carries a change\'s direction, a range\'s high end and a rate\'s per-unit, so no reader takes them for plain levels', () => {
    const csv = toCsv([{ ...row, figure: '下降3.2%', value: 3.2, normalized: 3.2, dimension: 'percent', unit: '%', change: 'down' }, { ...row, figure: '2300—2500元', value: 2300, normalized: 2300, normalizedHigh: 2500 }, { ...row, figure: '35.63元/公斤', value: 35.63, normalized: 35.63, per: '公斤' }]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toContain(',下降3.2%,3.2,3.2,percent,%,down,,,');
    expect(lines[2]).toContain(',2300—2500元,2300,2300,currency,元,,2500,,');
    expect(lines[3]).toContain(',35.63元/公斤,35.63,35.63,currency,元,,,公斤,');
  });

  it('writes CSV that spreadsheets open in Chinese, quoting commas and quotes', () => {
    const csv = toCsv([row]);
    expect(csv.startsWith('\uFEFFcase,caseTitle,url,')).toBe(true);
    const [, line] = csv.slice(1).split('\r\n');
    expect(line).toContain('"蓬莱经济开发区：""红色引擎"", 加速"');
    expect(line).toContain(',260000000,260000000,currency,元,,,,exact,确数,');
  });

  it('writes versioned JSON with every column', () => {
    const json = JSON.parse(toJson([row], 'https://casebook.example.org'));
    expect(json).toMatchObject({ version: 1, count: 1 });
    expect(Object.keys(json.statistics[0])).toEqual(STAT_COLUMNS);
  });

  it('carries each figure\'s receipt, and marks a figure with none 未核对原文, never verified', () => {
    const stat = (id: string, figure: string) =>
      statisticSchema.parse({ id, subject: '蓬莱经济开发区', metric: '融资额', figure, source: 'penglai-edz-red-engine' });
    const data = { title: '蓬莱', stats: [stat('a', '2.6亿元'), stat('b', '3亿元')] } as unknown as CaseData;
    const quote = { before: '累计融资', figure: '2.6亿元', after: '。' };
    const rows = statRows(
      [{ id: 'penglai-edz', data, verifications: [{ status: 'verified', source: 'penglai-edz-red-engine', paragraph: 4, line: 7, offset: 312, quote }] }],
      'https://casebook.example.org',
    );
    expect(rows.map((item) => [item.verification, item.verificationLabel, item.sourceParagraph, item.sourceLine, item.sourceOffset, item.sourceSentence])).toEqual([
      ['verified', '已核对原文', 4, 7, 312, '累计融资2.6亿元。'],
      ['unverified', '未核对原文', '', '', '', ''],
    ]);
    expect(toCsv(rows).split('\r\n')[2]).toMatch(/,unverified,未核对原文,,,,$/);
  });

  it('neutralises text a spreadsheet would run as a formula with a leading quote, and leaves numbers alone', () => {
    // OWASP "CSV Injection": = + - @, tab and carriage return start a formula.
    expect(['=HYPERLINK("http://x","点击")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'].map(csvText)).toEqual([
      '\'=HYPERLINK("http://x","点击")',
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\t=1",
      "'\r=1",
    ]);
    expect(['蓬莱经济开发区', '1+1', 'a=b', ''].map(csvText)).toEqual(['蓬莱经济开发区', '1+1', 'a=b', '']);
    const [, line] = toCsv([{ ...row, subject: '=1+2', metric: '@cmd', reconciliationNote: '-1,000', value: -5 }]).slice(1).split('\r\n');
    expect(line).toContain(",'=1+2,'@cmd,");
    // Neutralised, then quoted for its comma; a number stays a number.
    expect(line).toContain(',"\'-1,000",');
    expect(line).toContain(',-5,260000000,');
  });
});

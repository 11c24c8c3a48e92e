import { describe, expect, it } from 'vitest';
import { STAT_COLUMNS, toCsv, toJson, type StatRow } from './stats.ts';

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
  qualifier: 'exact',
  qualifierLabel: '确数',
  source: 'penglai-edz-red-engine',
  headline: true,
  reconciliation: '',
  reconciliationNote: '',
};

describe('stats export', () => {
  it('writes CSV that spreadsheets open in Chinese, quoting commas and quotes', () => {
    const csv = toCsv([row]);
    expect(csv.startsWith('\uFEFFcase,caseTitle,url,')).toBe(true);
    const [, line] = csv.slice(1).split('\r\n');
    expect(line).toContain('"蓬莱经济开发区：""红色引擎"", 加速"');
    expect(line).toContain(',260000000,260000000,currency,元,exact,确数,');
  });

  it('writes versioned JSON with every column', () => {
    const json = JSON.parse(toJson([row], 'https://casebook.example.org'));
    expect(json).toMatchObject({ version: 1, count: 1 });
    expect(Object.keys(json.statistics[0])).toEqual(STAT_COLUMNS);
  });
});

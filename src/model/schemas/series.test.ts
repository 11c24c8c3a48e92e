import { describe, expect, it } from 'vitest';
import { seriesSchema } from './series.ts';
import { validateYaml } from './test-helpers.ts';

const record = `title: 蓬莱海工装备产业链
description: 烟台市蓬莱区把党组织建在海工装备产业链上的系列案例。
place: { province: 山东省, city: 烟台市, district: 蓬莱区 }
order: 2
`;

describe('series record', () => {
  it('accepts a series and allows a province-wide place', () => {
    const series = validateYaml(seriesSchema, record);
    expect(series.problems).toEqual([]);
    expect(series.data).toMatchObject({ title: '蓬莱海工装备产业链', place: { province: '山东省', city: '烟台市', district: '蓬莱区' }, order: 2 });
    const provinceWide = validateYaml(seriesSchema, record.replace('{ province: 山东省, city: 烟台市, district: 蓬莱区 }', '{ province: 山东省 }'));
    expect(provinceWide.problems).toEqual([]);
    expect(provinceWide.data?.place).toEqual({ province: '山东省' });
  });

  it('requires a whole-number order', () => {
    expect(validateYaml(seriesSchema, record.replace('order: 2', 'order: 2.5'), 'content/series/a.yaml').problems).toEqual([
      'content/series/a.yaml:4:8 order: must be a whole number',
    ]);
  });

  it('rejects a place field it does not know', () => {
    expect(validateYaml(seriesSchema, record.replace('district: 蓬莱区', 'county: 蓬莱区'), 'content/series/a.yaml').problems).toEqual([
      'content/series/a.yaml:3:44 place.county: unknown field "county"',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { isChangeMetric, metricDimensions } from './metric.ts';

describe('English metrics', () => {
  it.each([
    ['residents served', 'count'],
    ['households reached', 'count'],
    ['trees planted', 'count'],
    ['number of loans', 'count'],
    ['full-time jobs created', 'count'],
    ['annual budget', 'currency'],
    ['total investment', 'currency'],
    ['share of households with broadband', 'percent'],
    ['unemployment rate', 'percent'],
    ['river length cleaned', 'length'],
    ['area of forest restored', 'area'],
    ['installed solar capacity', 'power'],
    ['electricity generated', 'energy'],
    ['waste collected', 'mass'],
    ['county ranking', 'rank'],
    ['waiting time', 'duration'],
    ['Annual Budget', 'currency'],
  ])('"%s" measures %s', (metric, dimension) => {
    expect(metricDimensions(metric)).toContain(dimension);
  });

  it('decides a change and a count before the money the words mention', () => {
    expect(metricDimensions('budget growth')).toEqual(['percent', 'percentage-points', 'ratio']);
    expect(isChangeMetric('budget growth')).toBe(true);
    expect(isChangeMetric('annual budget')).toBe(false);
    expect(metricDimensions('number of grants')).toEqual(['count']);
  });

  it('says nothing for a metric that names nothing measurable, and keeps the Chinese endings', () => {
    expect(metricDimensions('overall situation')).toBeUndefined();
    expect(metricDimensions('成员企业数')).toEqual(['count']);
    expect(metricDimensions('集聚情况')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { statisticSchema } from './statistic.ts';
import { validateYaml } from './test-helpers.ts';

const stat = `id: park-count
figure: 近97%
subject: 烟台开发区规模以上“两新”组织
metric: 集聚区集中比例
source: yantai-dev-zone-feature
`;

describe('statistic', () => {
  it('keeps the figure exactly as printed and defaults headline to false', () => {
    const { data, problems } = validateYaml(statisticSchema, stat);
    expect(problems).toEqual([]);
    expect(data).toMatchObject({ figure: '近97%', headline: false, source: { collection: 'sources', id: 'yantai-dev-zone-feature' } });
  });

  it('accepts Chinese-numeral figures such as 百亿元', () => {
    expect(validateYaml(statisticSchema, stat.replace('近97%', '百亿元')).problems).toEqual([]);
  });

  it('requires a subject, a metric and a source', () => {
    const bare = 'id: x\nfigure: 12家\n';
    expect(validateYaml(statisticSchema, bare, 's.yaml').problems).toEqual([
      's.yaml:1:1 subject: is required but missing',
      's.yaml:1:1 metric: is required but missing',
      's.yaml:1:1 source: is required but missing',
    ]);
  });

  it('rejects an empty metric with a plain message', () => {
    expect(validateYaml(statisticSchema, stat.replace('metric: 集聚区集中比例', 'metric: ""'), 's.yaml').problems).toEqual([
      's.yaml:4:9 metric: must not be empty: what is measured, e.g. "年产值"',
    ]);
  });
});

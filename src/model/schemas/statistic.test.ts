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

  it('parses the printed figure into a number, a unit and a qualifier', () => {
    expect(validateYaml(statisticSchema, stat).data?.value).toMatchObject({ value: 97, unit: { dimension: 'percent' }, qualifier: 'nearly' });
    const money = validateYaml(statisticSchema, stat.replace('近97%', '百亿元').replace('集聚区集中比例', '年产值'));
    expect(money.problems).toEqual([]);
    expect(money.data?.value).toMatchObject({ normalized: 1e10, unit: { dimension: 'currency', symbol: '元' }, qualifier: 'exact' });
  });

  it('accepts a change only under a metric that names a change, of any quantity', () => {
    const change = (figure: string, metric: string) => validateYaml(statisticSchema, stat.replace('近97%', figure).replace('集聚区集中比例', metric), 's.yaml').problems;
    expect(change('下降3.2%', '集聚区集中比例')).toEqual([expect.stringMatching(/^s\.yaml:4:9 metric: "下降3\.2%" states a change, but metric "集聚区集中比例" names a level/)]);
    expect(change('下降3.2%', '集中比例降幅')).toEqual([]);
    expect(change('减少1200人', '贫困人口减少')).toEqual([]);
    expect(change('翻一番', '收入翻番')).toEqual([]);
  });

  it('rejects a figure that does not parse, naming the part it could not read', () => {
    expect(validateYaml(statisticSchema, stat.replace('近97%', '97盎司'), 's.yaml').problems).toEqual([
      's.yaml:2:9 figure: does not parse: "97盎司" has a unit Casebook does not know ("盎司"); see the unit catalogue in docs/reference/units.md',
    ]);
  });

  it('rejects a share over 100 %, and accepts a change over 100 %', () => {
    expect(validateYaml(statisticSchema, stat.replace('近97%', '120%'), 's.yaml').problems).toEqual([
      's.yaml:2:9 figure: "120%" is a percentage over 100 (only a change, such as 增长 or 同比, can be)',
    ]);
    expect(validateYaml(statisticSchema, stat.replace('近97%', '120%').replace('集聚区集中比例', '产值同比增长'), 's.yaml').problems).toEqual([]);
  });

  it('rejects a count that is not a whole number', () => {
    expect(validateYaml(statisticSchema, stat.replace('近97%', '12.5家').replace('集聚区集中比例', '企业数'), 's.yaml').problems).toEqual([
      's.yaml:2:9 figure: "12.5家" is a count but not a whole number',
    ]);
  });

  it('rejects a unit that does not fit the metric', () => {
    expect(validateYaml(statisticSchema, stat.replace('近97%', '2.6亿元'), 's.yaml').problems).toEqual([
      's.yaml:2:9 figure: "2.6亿元" is 金额（元） but metric "集聚区集中比例" measures 百分比',
    ]);
  });

  it('rejects a metric whose ending does not say what is measured', () => {
    const [problem] = validateYaml(statisticSchema, stat.replace('集聚区集中比例', '集聚情况'), 's.yaml').problems;
    expect(problem).toMatch(/^s\.yaml:4:9 metric: "集聚情况" does not say what is measured: end it with 增长 增幅 增加 增产 提高 上升 上涨 扩大 下降 减少 降低 下跌 收窄 缩小 回落 同比 环比 翻番 \| 百分点 \| 装机容量 功率 容量/);
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

describe('statistics in English', () => {
  const english = ['id: reach', 'figure: "nearly 97%"', 'subject: Riverside broadband programme', 'metric: share of households with broadband', 'source: report', ''].join('\n');

  it('reads an English figure under an English metric', () => {
    const result = validateYaml(statisticSchema, english, 's.yaml');
    expect(result.problems).toEqual([]);
    expect(result.data?.value).toMatchObject({ value: 97, unit: { dimension: 'percent' }, qualifier: 'nearly' });
    const money = validateYaml(statisticSchema, english.replace('nearly 97%', '$2.6 million').replace('share of households with broadband', 'annual budget'), 's.yaml');
    expect(money.problems).toEqual([]);
  });

  it('names the English words when an English metric says nothing measurable, and the unit when it disagrees', () => {
    const vague = validateYaml(statisticSchema, english.replace('share of households with broadband', 'overall situation'), 's.yaml').problems;
    expect(vague).toHaveLength(1);
    expect(vague[0]).toContain('"overall situation" does not say what is measured: name it with percentage points, gap | growth');
    expect(vague[0]).toContain('budget, funding, investment');
    const wrong = validateYaml(statisticSchema, english.replace('nearly 97%', '1,300 people'), 's.yaml').problems;
    expect(wrong).toEqual(['s.yaml:2:9 figure: "1,300 people" is 计数 but metric "share of households with broadband" measures 百分比']);
  });
});

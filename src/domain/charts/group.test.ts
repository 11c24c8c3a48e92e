import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadCasebook, type Casebook } from '../../model/load.ts';
import { optionsFromEnv } from '../../options.ts';
import { claimRecords, findDisagreements, type Claim } from '../claims.ts';
import { parseFigure } from '../figure/parse.ts';
import { DIMENSION_LABELS } from '../figure/units.ts';
import { uiFor } from '../../i18n/ui.ts';
import { barValueText, chartKey, chartsOf, comparisonKey, metricParts, periodKey, type Chart, type ChartInput } from './group.ts';

const zh = uiFor('zh-CN');
const zhWords = { words: zh.charts.grouping };
const chartDescription = zh.charts.description;

const root = fileURLToPath(new URL('../../../', import.meta.url));

let next = 0;
/** A statistic as the schema makes it: the figure parsed. */
function stat(figure: string, subject: string, metric: string, period?: string): Claim {
  const parsed = parseFigure(figure);
  if (!parsed.ok) throw new Error(parsed.message);
  return { id: `s${++next}`, figure, subject, metric, ...(period ? { period } : {}), source: { id: 'source' }, value: parsed.figure };
}
const input = (claim: Claim, caseId = 'case-a', disputed = false): ChartInput => ({ caseId, caseLabel: `案例${caseId.slice(-1)}`, stat: claim, disputed });
const inputs = (claims: Claim[], caseId?: string) => claims.map((claim) => input(claim, caseId));

/** Every statistic a chart draws, looked up from its bars. */
function drawn(chart: Chart, all: readonly ChartInput[]): ChartInput[] {
  return chart.bars.flatMap((bar) => bar.refs.map((ref) => all.find((item) => item.caseId === ref.caseId && item.stat.id === ref.statId)!));
}

/** The rules every chart keeps, whatever it was made from. */
function expectLikeWithLike(chart: Chart, all: readonly ChartInput[]) {
  const stats = drawn(chart, all).map((item) => item.stat);
  expect(stats.length).toBeGreaterThanOrEqual(chart.bars.length);
  expect(chart.bars.length, chart.title).toBeGreaterThanOrEqual(3);
  // One metric, one unit.
  expect(new Set(stats.map(comparisonKey)).size, chart.title).toBe(1);
  expect(new Set(stats.map((item) => metricParts(item.metric).key))).toEqual(new Set([chart.metricKey]));
  expect(new Set(stats.map((item) => `${item.value.unit.dimension} ${item.value.unit.symbol}`))).toEqual(new Set([`${chart.dimension} ${chart.symbol}`]));
  // One period across subjects, or one subject over periods.
  if (chart.kind === 'subjects') expect(new Set(stats.map(periodKey)).size, chart.title).toBe(1);
  else expect(new Set(stats.map((item) => item.subject)).size, chart.title).toBe(1);
  // Whole, distinct labels; one title naming the metric and the unit once.
  const labels = chart.bars.map((bar) => bar.label);
  expect(new Set(labels).size, chart.title).toBe(labels.length);
  for (const label of labels) expect(label).not.toMatch(/…$/);
  expect(chart.title.startsWith(chart.metric)).toBe(true);
  if (chart.axisUnit) expect(chart.title.split(`（${chart.axisUnit}）`)).toHaveLength(2);
  for (const name of Object.values(DIMENSION_LABELS)) expect(chart.title).not.toContain(name.replace(/（.*/, '（'));
  // Each bar shows its figure exactly as printed.
  for (const bar of chart.bars) {
    const printed = drawn({ ...chart, bars: [bar] }, all).map((item) => item.stat.figure);
    expect(printed).toContain(bar.printed);
  }
}

describe('charts of the bundled casebook', () => {
  let casebook: Casebook;
  let disputed: Set<string>;
  const caseInputs = (entry: Casebook['cases'][number]): ChartInput[] =>
    entry.data.stats.map((claim) => ({
      caseId: entry.id,
      caseLabel: entry.data.title.split('：')[0]!,
      stat: claim,
      disputed: claim.reconciliation !== undefined || disputed.has(`${entry.id}/${claim.id}`),
    }));
  beforeAll(async () => {
    casebook = await loadCasebook(root, optionsFromEnv(root).content);
    expect(casebook.diagnostics).toEqual([]);
    const groups = findDisagreements(claimRecords(casebook.cases));
    disputed = new Set(groups.flatMap((group) => group.claims.map((claim) => `${claim.caseId}/${claim.stat.id}`)));
  });

  it('sets side by side only statistics of one metric, in one unit and one period', () => {
    for (const entry of casebook.cases) {
      const all = caseInputs(entry);
      for (const chart of chartsOf(all, zhWords)) expectLikeWithLike(chart, all);
    }
    for (const series of casebook.series) {
      const all = casebook.cases.filter((entry) => entry.data.series.id === series.id).flatMap(caseInputs);
      for (const chart of chartsOf(all, { ...zhWords, minCases: 2 })) expectLikeWithLike(chart, all);
    }
  });

  it('finds the two charts of 烟台开发区: its service centres by level and its three allowance tiers', () => {
    const found = casebook.cases.filter((entry) => entry.id === 'yantai-development-zone').flatMap((entry) => chartsOf(caseInputs(entry), zhWords).map((chart) => ({ case: entry.id, title: chart.title, bars: chart.bars.map(barValueText), labels: chart.bars.map((bar) => bar.label) })));
    expect(found).toEqual([
      {
        case: 'yantai-development-zone',
        title: '每月津贴标准（元）',
        bars: ['300元', '200元', '100元'],
        labels: ['第一档', '第二档', '第三档'],
      },
      {
        case: 'yantai-development-zone',
        title: '中心数（个）',
        bars: ['> 20多个', '4个', '1个'],
        labels: ['烟台开发区社区、楼宇、商圈等党群服务中心', '烟台开发区街道党群服务中心', '烟台开发区区级党群服务中心'],
      },
    ]);
  });

  it('finds no chart across a series: the Penglai cases state the same figures for the zone and the district, two bars at most', () => {
    for (const series of casebook.series) {
      const all = casebook.cases.filter((entry) => entry.data.series.id === series.id).flatMap(caseInputs);
      expect(chartsOf(all, { ...zhWords, minCases: 2 }), series.id).toEqual([]);
    }
  });

  it('no longer draws the mixtures the audit found', () => {
    const all = casebook.cases.flatMap(caseInputs);
    const charts = casebook.cases.flatMap((entry) => chartsOf(caseInputs(entry), zhWords));
    const together = (a: string, b: string) =>
      charts.some((chart) => {
        const figures = drawn(chart, all).map((item) => item.stat.figure);
        return figures.includes(a) && figures.includes(b);
      });
    expect(together('5公里', '140米')).toBe(false); // 间距 beside 塔筒高度
    expect(together('近97%', '50%')).toBe(false); // a coverage rate beside evaluation weights
    expect(together('突破500亿元', '11亿元')).toBe(false); // a target beside a total
    expect(together('40多万元', '300元')).toBe(false); // a fund beside an allowance
  });
});

describe('the grouping rule', () => {
  it('never mixes metrics, measure words or printed units', () => {
    const all = inputs([
      stat('12家', '甲园区', '企业数'),
      stat('30家', '乙园区', '企业数'),
      stat('8个', '丙园区', '企业数'),
      stat('20家', '丁园区', '企业数'),
      stat('5家', '戊园区', '银行数'),
      stat('1公里', '甲', '间距'),
      stat('500米', '乙', '间距'),
      stat('3公里', '丙', '间距'),
    ]);
    const charts = chartsOf(all, zhWords);
    expect(charts.map((chart) => [chart.title, chart.bars.map((bar) => bar.printed)])).toEqual([['企业数（家）', ['30家', '20家', '12家']]]);
  });

  it('compares subjects only within one period, and draws one subject over periods named by years, oldest first', () => {
    const all = inputs([
      stat('10个', '甲区', '园区数', '2021年'),
      stat('14个', '甲区', '园区数', '2023年'),
      stat('12个', '甲区', '园区数', '2022年'),
      stat('13个', '甲区', '园区数', '目前'),
      stat('5个', '乙区', '园区数', '2023年'),
      stat('7个', '丙区', '园区数', '2023年'),
    ]);
    const charts = chartsOf(all, zhWords);
    for (const chart of charts) expectLikeWithLike(chart, all);
    expect(charts.map((chart) => [chart.kind, chart.title, chart.bars.map((bar) => `${bar.label} ${bar.printed}`)])).toEqual([
      ['periods', '园区数（个）', ['2021年 10个', '2022年 12个', '2023年 14个']],
      ['subjects', '园区数（个） · 2023年', ['甲区 14个', '丙区 7个', '乙区 5个']],
    ]);
    expect(charts[0]!.subject).toBe('甲区');
  });

  it('needs three bars: two figures read better in the table', () => {
    expect(chartsOf(inputs([stat('7个', '甲', '项目数'), stat('22个', '乙', '项目数')]), zhWords)).toEqual([]);
    expect(chartsOf(inputs([stat('7个', '甲', '项目数'), stat('22个', '乙', '项目数')]), { ...zhWords, minBars: 2 })).toHaveLength(1);
  });

  it('marks qualified figures from the parsed qualifier, and leaves magnitudes, dates and ranks out', () => {
    const all = inputs([
      stat('约25万元', '甲', '经费'),
      stat('近30万元', '乙', '经费'),
      stat('12万元左右', '丙', '经费'),
      stat('40多万元', '丁', '经费'),
      stat('50余万元', '戊', '经费'),
      stat('超过60万元', '己', '经费'),
      stat('逾70万元', '庚', '经费'),
      stat('突破80万元', '辛', '经费'),
      stat('10万元以上', '壬', '经费'),
      stat('不足5万元', '癸', '经费'),
      stat('9万元', '子', '经费'),
    ]);
    const [chart] = chartsOf(all, zhWords);
    expect(chart!.bars.map((bar) => [bar.printed, bar.mark])).toEqual([
      ['突破80万元', '>'],
      ['逾70万元', '>'],
      ['超过60万元', '>'],
      ['50余万元', '>'],
      ['40多万元', '>'],
      ['近30万元', '≈'],
      ['约25万元', '≈'],
      ['12万元左右', '≈'],
      ['10万元以上', '≥'],
      ['9万元', ''],
      ['不足5万元', '<'],
    ]);
    expect(chart!.axisUnit).toBe('万元');
    expect(chart!.bars[0]!.value).toBe(80);
    expect(barValueText(chart!.bars[4]!)).toBe('> 40多万元');
    expect(chartKey(chart!).map((mark) => zh.charts.marks[mark])).toEqual([expect.stringMatching(/^≈/), expect.stringMatching(/^>/), expect.stringMatching(/^≥/), expect.stringMatching(/^</)]);
    expect(chartsOf(inputs([stat('10万吨级', '甲', '码头吨级'), stat('20万吨级', '乙', '码头吨级'), stat('30万吨级', '丙', '码头吨级')]), zhWords)).toEqual([]);
    expect(chartsOf(inputs([stat('2021年', '甲', '成立时间'), stat('2022年', '乙', '成立时间'), stat('2023年', '丙', '成立时间')]), zhWords)).toEqual([]);
    expect(chartsOf(inputs([stat('第3位', '甲', '排名'), stat('第5位', '乙', '排名'), stat('第9位', '丙', '排名')]), zhWords)).toEqual([]);
  });

  it('marks disputed figures, and names the cases whose figures for one claim differ', () => {
    const all = [
      input(stat('7个', '甲区', '项目数'), 'case-a', true),
      input(stat('22个', '甲区', '项目数'), 'case-b', true),
      input(stat('9个', '乙区', '项目数'), 'case-a'),
      input(stat('9个', '乙区', '项目数'), 'case-b'),
      input(stat('4个', '丙区', '项目数'), 'case-b'),
    ];
    const [chart] = chartsOf(all, { ...zhWords, minCases: 2 });
    expectLikeWithLike(chart!, all);
    expect(chart!.bars.map((bar) => [bar.label, barValueText(bar), bar.refs.length])).toEqual([
      ['甲区（案例b）', '22个 *', 1],
      ['乙区', '9个', 2],
      ['甲区（案例a）', '7个 *', 1],
      ['丙区', '4个', 1],
    ]);
    expect(chartKey(chart!).map((mark) => zh.charts.marks[mark])).toEqual([expect.stringMatching(/^\* /)]);
    expect(chartDescription(chart!)).toContain('甲区（案例b）：22个（各来源说法不一）');
  });

  it('names tiers of one subject by the tier, and does not chart one claim stated three times', () => {
    const tiers = inputs([stat('300元', '津贴', '每月津贴标准（第一档）'), stat('200元', '津贴', '每月津贴标准（第二档）'), stat('100元', '津贴', '每月津贴标准（第三档）')]);
    const [chart] = chartsOf(tiers, zhWords);
    expect([chart!.title, chart!.subject, chart!.bars.map((bar) => bar.label)]).toEqual(['每月津贴标准（元）', '津贴', ['第一档', '第二档', '第三档']]);
    // Only a numbered tier names a bar; any other bracket is part of the metric.
    expect(metricParts('产值（现价）')).toEqual({ metric: '产值（现价）', key: metricParts('产值（现价）').key });
    expect(metricParts('产值（第2档）')).toMatchObject({ metric: '产值', tier: '第2档' });
    const same = [input(stat('9个', '乙区', '项目数'), 'case-a'), input(stat('9个', '乙区', '项目数'), 'case-b'), input(stat('9个', '乙区', '项目数'), 'case-c')];
    expect(chartsOf(same, zhWords)).toEqual([]);
  });

  it('keeps a series chart to metrics that at least two cases state, and draws the largest 20 of many', () => {
    const one = inputs([stat('1家', '甲', '企业数'), stat('2家', '乙', '企业数'), stat('3家', '丙', '企业数')], 'case-a');
    expect(chartsOf(one, { ...zhWords, minCases: 2 })).toEqual([]);
    const many = Array.from({ length: 30 }, (_, index) => input(stat(`${index + 1}家`, `园区${index + 1}`, '企业数'), `case-${index % 3}`));
    const [chart] = chartsOf(many, { ...zhWords, minCases: 2 });
    expect([chart!.bars.length, chart!.total, chart!.bars[0]!.printed, chart!.bars.at(-1)!.printed]).toEqual([20, 30, '30家', '11家']);
    expect(chartDescription(chart!)).toContain('共 30 项，图中为其中 20 项');
  });

  it('puts the unit in the title once, scaled to 万 or 亿 for large values', () => {
    const big = chartsOf(inputs([stat('2.6亿元', '甲', '产值'), stat('9.98亿元', '乙', '产值'), stat('11亿元', '丙', '产值')]), zhWords)[0]!;
    expect([big.title, big.axisUnit, big.bars.map((bar) => bar.value)]).toEqual(['产值（亿元）', '亿元', [11, 9.98, 2.6]]);
    const named = chartsOf(inputs([stat('2个', '甲', '数量（个）'), stat('3个', '乙', '数量（个）'), stat('4个', '丙', '数量（个）')]), zhWords)[0]!;
    expect(named.title).toBe('数量（个）');
    const bare = chartsOf(inputs([stat('2000多', '甲', '工人数'), stat('300', '乙', '工人数'), stat('450', '丙', '工人数')]), zhWords)[0]!;
    expect([bare.title, bare.axisUnit]).toEqual(['工人数', '']);
    const percent = chartsOf(inputs([stat('近97%', '甲', '覆盖率'), stat('80%', '乙', '覆盖率'), stat('60％', '丙', '覆盖率')]), zhWords)[0]!;
    expect([percent.title, percent.bars.length]).toEqual(['覆盖率（%）', 3]);
  });

  it('describes every bar in words', () => {
    const [chart] = chartsOf(inputs([stat('1个', '区级中心', '中心数'), stat('4个', '街道中心', '中心数'), stat('20多个', '社区中心', '中心数')]), zhWords);
    expect(chartDescription(chart!)).toBe('条形图，共 3 项，按数值从大到小：社区中心：20多个；街道中心：4个；区级中心：1个。');
  });
});

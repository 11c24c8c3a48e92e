import type { Dimension } from './units.ts';

/**
 * What kind of quantity a metric names, read from how it ends: Chinese noun
 * phrases put the head last, so `协调解决资金土地等问题数` is a count
 * (…数) even though it mentions 资金. A trailing note in brackets, such as
 * `（第一档）`, is ignored.
 */
const RULES: [RegExp, Dimension[], string][] = [
  // Changes may exceed 100 % and are often stated in percentage points.
  [/(增长|增幅|增速|增长率|提高|提升|下降|降幅|降低|同比|环比|变化)$/, ['percent', 'percentage-points', 'ratio'], '增长 增幅 提高 下降 同比 环比'],
  [/(百分点|差距)$/, ['percentage-points'], '百分点'],
  [/(装机容量|装机|功率|容量)$/, ['power'], '装机容量 功率 容量'],
  [/(发电量|用电量|电量|能耗)$/, ['energy'], '发电量 用电量 电量 能耗'],
  [/(体积|容积|方量|用水量|水量)$/, ['volume'], '体积 容积 方量 水量'],
  [/(吞吐量|运量|货运量)$/, ['count', 'mass'], '吞吐量 运量'],
  [/(之比|倍数)$/, ['ratio'], '之比 倍数'],
  [/(比例|比重|占比|占有率|覆盖率|率)$/, ['percent'], '比例 比重 占比 …率'],
  [/(排名|名次)$/, ['rank'], '排名 名次'],
  [/面积$/, ['area'], '面积'],
  [/(长度|高度|间距|距离|里程|宽度|深度)$/, ['length'], '长度 高度 间距 距离'],
  [/(吨级|吨位|重量)$/, ['mass'], '吨级 重量'],
  [/(时长|用时|时间|年数|天数|工期|期限)$/, ['duration'], '时长 用时 时间 年数'],
  [/(日期|年份)$/, ['date'], '日期 年份'],
  [/(金额|额度|额|资金|经费|投资|产值|效益|价值|津贴|补贴|标准|收入|营收|税收|贴息)$/, ['currency', 'foreign-currency', 'magnitude'], '金额 …额 资金 经费 投资 产值 效益 价值 标准'],
  [/目标$/, ['currency', 'magnitude', 'count'], '目标'],
  [/(数|人次|次数|场次|位次|规模|数量)$/, ['count'], '…数 人次 场次 位次 规模'],
];

/** Whether a metric names a change (增长, 同比…), whose percentage may exceed 100. */
export function isChangeMetric(metric: string): boolean {
  return RULES[0]![0].test(metric.trim().replace(/[（(][^（）()]*[）)]$/, ''));
}

/** The dimensions a metric accepts, or undefined when its ending does not say. */
export function metricDimensions(metric: string): Dimension[] | undefined {
  const head = metric.trim().replace(/[（(][^（）()]*[）)]$/, '');
  return RULES.find(([pattern]) => pattern.test(head))?.[1];
}

/** The endings that decide each kind of metric, for messages and the unit reference (docs/reference/units.md). */
export const METRIC_ENDINGS = RULES.map(([, dimensions, endings]) => ({ dimensions, endings }));

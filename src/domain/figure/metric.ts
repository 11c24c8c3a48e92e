import type { Dimension } from './units.ts';

/**
 * What kind of quantity a metric names, read from how it ends: Chinese noun
 * phrases put the head last, so `协调解决资金土地等问题数` is a count
 * (…数) even though it mentions 资金. A trailing note in brackets, such as
 * `（第一档）`, is ignored.
 */
const RULES: [RegExp, Dimension[], string][] = [
  // Changes may exceed 100 % and are often stated in percentage points.
  [
    /(增长|增幅|增速|增长率|增加|增量|增产|增收|净增|提高|提升|上升|上涨|上调|扩大|回升|加快|升值|涨幅|下降|降幅|降低|减少|减产|减收|减幅|下跌|下滑|下调|收窄|缩小|缩减|回落|回调|放缓|贬值|跌幅|同比|环比|变化|翻番)$/,
    ['percent', 'percentage-points', 'ratio'],
    '增长 增幅 增加 增产 提高 上升 上涨 扩大 下降 减少 降低 下跌 收窄 缩小 回落 同比 环比 翻番',
  ],
  [/(百分点|差距)$/, ['percentage-points'], '百分点'],
  [/(装机容量|装机|功率|容量)$/, ['power'], '装机容量 功率 容量'],
  [/(发电量|用电量|电量|能耗)$/, ['energy'], '发电量 用电量 电量 能耗'],
  [/(体积|容积|方量|用水量|水量)$/, ['volume'], '体积 容积 方量 水量'],
  [/(吞吐量|运量|货运量)$/, ['count', 'mass'], '吞吐量 运量'],
  [/(之比|倍数)$/, ['ratio'], '之比 倍数'],
  [/(比例|比重|占比|占有率|覆盖率|率)$/, ['percent'], '比例 比重 占比 …率'],
  [/(排名|名次)$/, ['rank'], '排名 名次'],
  [/面积$/, ['area'], '面积'],
  [/浓度$/, ['concentration'], '浓度'],
  [/(长度|高度|间距|距离|里程|宽度|深度)$/, ['length'], '长度 高度 间距 距离'],
  [/(吨级|吨位|重量)$/, ['mass'], '吨级 重量'],
  [/(时长|用时|时间|年数|天数|工期|期限)$/, ['duration'], '时长 用时 时间 年数'],
  [/(日期|年份)$/, ['date'], '日期 年份'],
  // Prices, often printed as rates (35.63元/公斤, 每斤1.8元).
  [/(价格|单价|均价|售价|房价|地价|股价|收购价|零售价|批发价)$/, ['currency', 'foreign-currency'], '价格 单价 均价 售价 房价'],
  [/(金额|额度|额|资金|经费|投资|产值|效益|价值|津贴|补贴|标准|收入|营收|税收|贴息)$/, ['currency', 'foreign-currency', 'magnitude'], '金额 …额 资金 经费 投资 产值 效益 价值 标准'],
  [/目标$/, ['currency', 'magnitude', 'count'], '目标'],
  [/(数|人次|次数|场次|位次|规模|数量)$/, ['count'], '…数 人次 场次 位次 规模'],
];

/**
 * What an English metric measures, read from its words rather than its last
 * one: English puts the head first in `share of households with broadband`
 * and last in `annual budget`, and a participle may follow it (`residents
 * served`, `river length cleaned`). The rules are tried in order, so a
 * change (`budget growth`) or a count (`number of loans`) is decided before
 * the money its words mention; a plural noun that no rule names counts
 * something (`trees planted`). Matched in any letter case, on whole words.
 */
const ENGLISH_RULES: [RegExp, Dimension[], string][] = [
  [/\bpercentage[- ]points?\b|\bgap\b/, ['percentage-points'], 'percentage points, gap'],
  [/\b(growth|increase|decrease|decline|rise|fall|drop|change|reduction|cut|year[- ]on[- ]year|yoy)\b/, ['percent', 'percentage-points', 'ratio'], 'growth, increase, decrease, change, reduction, year on year'],
  [/^(number|count|total number) of\b|\b(headcount|population|attendance)\b/, ['count'], 'number of …, population, attendance'],
  [/\b(share|proportion|percentage|rate|coverage|ratio of)\b/, ['percent'], 'share, proportion, percentage, rate, coverage'],
  [/\b(rank|ranking|position|place)\b/, ['rank'], 'rank, ranking, position'],
  [/\b(date|year (founded|established|opened|completed|launched))\b/, ['date'], 'date, year founded'],
  [/\b(duration|(?<!-)time|period|length of stay|lifetime)\b/, ['duration'], 'duration, time, period'],
  [/\b(area|land|acreage|floor space|surface)\b/, ['area'], 'area, land, acreage, floor space'],
  [/\b(length|distance|height|width|depth|mileage)\b/, ['length'], 'length, distance, height, width, depth'],
  [/\b(volume|water (use|consumption|supply|saved|storage))\b/, ['volume'], 'volume, water use'],
  [/\b(electricity|energy)\b/, ['energy'], 'electricity, energy'],
  [/\b(capacity|power)\b/, ['power'], 'capacity, power'],
  [/\b(weight|mass|tonnage|emissions?|waste)\b/, ['mass'], 'weight, tonnage, emissions, waste'],
  [/\b(multiple|times|ratio)\b/, ['ratio'], 'multiple, ratio'],
  [
    /\b(budget|funding|funds?|investment|spending|expenditure|costs?|revenue|income|sales|turnover|value|price|grants?|subsid(y|ies)|profits?|gdp|amount|salary|wages?|fees?|loans?|savings|tax|taxes|donations?|money|financing|capital|aid|allowance|compensation)\b/,
    ['currency', 'foreign-currency', 'magnitude'],
    'budget, funding, investment, spending, cost, revenue, income, value, grant, loan, …',
  ],
  [/\btarget\b/, ['currency', 'magnitude', 'count'], 'target'],
  [/\b(number|count|total)\b|\b[a-z]+[^siu's]s\b|\b(people|staff|children|personnel|livestock|cattle)\b/, ['count'], 'number, total, or a plural noun (households, trees planted)'],
];

const isEnglishMetric = (metric: string) => /[A-Za-z]/.test(metric) && !/\p{Script=Han}/u.test(metric);
const headOf = (metric: string) => metric.trim().replace(/[（(][^（）()]*[）)]$/, '');

/** Whether a metric names a change (增长, 同比…; growth, increase…), whose percentage may exceed 100. */
export function isChangeMetric(metric: string): boolean {
  return isEnglishMetric(metric) ? ENGLISH_RULES[1]![0].test(metric.toLowerCase()) : RULES[0]![0].test(headOf(metric));
}

// Words in a metric that name a change, and those among them that name a fall.
const CHANGE_WORDS = /(增长|增幅|增速|增加|增量|增产|增收|净增|提高|提升|上升|上涨|上调|扩大|回升|加快|升值|涨幅|下降|降幅|降低|减少|减产|减收|减幅|下跌|下滑|下调|收窄|缩小|缩减|回落|回调|放缓|贬值|跌幅|同比|环比|翻番)/g;
const FALLING = /^(下降|降幅|降低|减少|减产|减收|减幅|下跌|下滑|下调|收窄|缩小|缩减|回落|回调|放缓|贬值|跌幅)$/;
const ENGLISH_FALLING = /\b(decrease|decline|fall|drop|reduction|cut)\b/;

/**
 * The direction of the change a metric names, for a figure declared without
 * a change verb: `降幅` and `decline` name a fall, `增长`, `同比` and
 * `growth` a rise. A Chinese metric may name the change anywhere
 * (`排名较上年上升位次` is a rise counted in places); the last change word
 * decides. Undefined for a metric that names no change.
 */
export function metricDirection(metric: string): 'up' | 'down' | undefined {
  if (isEnglishMetric(metric)) return isChangeMetric(metric) ? (ENGLISH_FALLING.test(metric.toLowerCase()) ? 'down' : 'up') : undefined;
  const last = headOf(metric).match(CHANGE_WORDS)?.at(-1);
  return last === undefined ? undefined : FALLING.test(last) ? 'down' : 'up';
}

/** The dimensions a metric accepts, or undefined when its words do not say. */
export function metricDimensions(metric: string): Dimension[] | undefined {
  if (isEnglishMetric(metric)) {
    const lower = metric.trim().toLowerCase();
    return ENGLISH_RULES.find(([pattern]) => pattern.test(lower))?.[1];
  }
  const head = headOf(metric);
  return RULES.find(([pattern]) => pattern.test(head))?.[1];
}

/** Whether a metric is written in English, so messages list the English words. */
export { isEnglishMetric };

/** The endings that decide each kind of metric, for messages and the unit reference (docs/reference/units.md). */
export const METRIC_ENDINGS = RULES.map(([, dimensions, endings]) => ({ dimensions, endings }));

/** The words that decide each kind of English metric, in the order they are tried. */
export const ENGLISH_METRIC_WORDS = ENGLISH_RULES.map(([, dimensions, words]) => ({ dimensions, words }));

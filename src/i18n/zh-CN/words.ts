import type { DateParts } from '../dates.ts';

/** How the Chinese interface writes numbers, dates, counts and lists around content. */
export const words = {
  /** Punctuation and small patterns that wrap content. */
  format: {
    /** A note in full-width parentheses: `（2021年）`. */
    parenthetical: (text: string) => `（${text}）`,
    /** Between items of an inline list: `烟台、蓬莱`. */
    listSeparator: '、',
    /** Shown in a table cell that has no value. */
    none: '—',
    /** A number in running text: Chinese text sets counts without separators (`1300`). */
    number: (value: number) => String(value),
    /** A full date in Chinese reading order: `2026年11月5日`. */
    day: (date: Date) => `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`,
    /** A date to the precision known: `2021年`, `2021年6月`, `2021年6月1日`. */
    partialDate: (date: DateParts) =>
      date.precision === 'year' ? `${date.year}年` : date.precision === 'month' ? `${date.year}年${date.month}月` : `${date.year}年${date.month}月${date.day}日`,
  },

  /** Counts with their measure words, as lists and headers show them. */
  counts: {
    /** `7 个案例` */
    cases: (count: number) => `${count} 个案例`,
    /** `236 项统计数据` */
    stats: (count: number) => `${count} 项统计数据`,
  },

  /**
   * The meta description of a page that lists cases (a tag, region or kind): how many, their series
   * and the first titles, so each such page says what is on it. `2个案例，属“蓬莱海工装备产业链”系列：《…》《…》。`
   */
  listing: {
    cases: (count: number, series: readonly string[], titles: readonly string[]) => {
      const seriesPart = series.length === 1 ? `属“${series[0]}”系列` : `分属${series.map((title) => `“${title}”`).join('')}${series.length}个系列`;
      const shown = titles.slice(0, 3).map((title) => `《${title}》`).join('');
      return `${count}个案例，${seriesPart}：${shown}${titles.length > 3 ? '等' : ''}。`;
    },
  },
};

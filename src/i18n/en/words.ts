import type { DateParts } from '../dates.ts';
import type { words as zh } from '../zh-CN/words.ts';
import { count, list, month, number, quote } from './grammar.ts';

/** How the English interface writes numbers, dates, counts and lists around content. */
export const words: typeof zh = {
  format: {
    parenthetical: (text: string) => ` (${text})`,
    listSeparator: ', ',
    none: '—',
    number,
    /** `6 December 2026` */
    day: (date: Date) => `${date.getUTCDate()} ${month(date.getUTCMonth() + 1)} ${date.getUTCFullYear()}`,
    /** `2024`, `March 2024`, `1 March 2024` */
    partialDate: (date: DateParts) =>
      date.precision === 'year' ? `${date.year}` : date.precision === 'month' ? `${month(date.month!)} ${date.year}` : `${date.day} ${month(date.month!)} ${date.year}`,
  },

  counts: {
    cases: (value: number) => count(value, 'case'),
    stats: (value: number) => count(value, 'statistic'),
  },

  listing: {
    /** `2 cases in the series ‘Penglai offshore chain’: ‘A’ and ‘B’.` */
    cases: (value: number, series: readonly string[], titles: readonly string[]) => {
      const seriesPart = series.length === 1 ? `in the series ${quote(series[0]!)}` : `in ${series.length} series, ${list(series.map(quote))}`;
      const shown = titles.slice(0, 3).map(quote);
      return `${count(value, 'case')} ${seriesPart}: ${titles.length > 3 ? `${shown.join(', ')} and more` : list(shown)}.`;
    },
  },
};

// The words the stats explorer's script shows, in English (see zh-CN/stats.ts).
import type * as zh from '../zh-CN/stats.ts';

/** The noun after the number of statistics shown (unused by the English count, which says `1 statistic`). */
export const statsUnit: typeof zh.statsUnit = 'statistics';

/** How many statistics the filters leave: `236 statistics`, `1 statistic`. */
// Self-contained (not ./grammar.ts): the explorer's script is inlined, and a shared module would keep it from that.
export const statsCount: typeof zh.statsCount = (value: number) => `${value.toLocaleString('en-GB')} ${value === 1 ? 'statistic' : statsUnit}`;

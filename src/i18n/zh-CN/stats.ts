// The words the stats explorer's script shows (the page is src/pages/stats/[...index].astro). Apart
// from the full dictionary (zh-CN/data.ts re-exports them under `ui.stats`) because the script is
// inlined into the page.

/** Measure word after the number of statistics shown: `236 项`. */
export const statsUnit: string = '项';

/** How many statistics the filters leave: `236 项`. */
export const statsCount = (count: number) => `${count} ${statsUnit}`;

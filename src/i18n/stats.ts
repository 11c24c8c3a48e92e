// The words the stats explorer's script shows (the page is src/pages/stats.astro). Apart from the
// full dictionary (src/i18n/ui.ts re-exports them under `ui.stats`) because the script is
// inlined into the page.

/** Measure word after the number of statistics shown: `236 项`. */
export const statsUnit = '项';

// The stats explorer script's words in both languages, chosen by the page's language. The script is inlined
// into the page: plain objects, not namespace imports (which bring the bundler's module helper along as a
// file of its own), and no module shared with another script (which would keep it from being inlined).
import { statsCount as zhStatsCount } from './zh-CN/stats.ts';
import { statsCount as enStatsCount } from './en/stats.ts';
import type { Lang } from './ui.ts';

/** The words the stats explorer's script shows. */
export interface StatsWords {
  /** How many statistics the filters leave: `236 项`, `236 statistics`. */
  statsCount: (count: number) => string;
}

const words: Record<Lang, StatsWords> = { 'zh-CN': { statsCount: zhStatsCount }, en: { statsCount: enStatsCount } };

/** The stats script's words in the language of `document`. */
export function statsWords(document: Document): StatsWords {
  // Not pageLang (./page-lang.ts), which the search script shares.
  return words[document.documentElement.lang.toLowerCase().startsWith('en') ? 'en' : 'zh-CN'];
}

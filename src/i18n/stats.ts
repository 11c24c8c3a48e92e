// The stats explorer script's words in both languages, chosen by the page's language (inlined into the page).
import * as zhCN from './zh-CN/stats.ts';
import * as en from './en/stats.ts';
import { pageLang } from './page-lang.ts';
import type { Lang } from './ui.ts';

/** The words the stats explorer's script shows. */
export type StatsWords = typeof zhCN;

const words: Record<Lang, StatsWords> = { 'zh-CN': zhCN, en };

/** The stats script's words in the language of `document`. */
export function statsWords(document: Document): StatsWords {
  return words[pageLang(document)];
}

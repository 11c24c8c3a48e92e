// The search page script's words in both languages, chosen by the page's language. Both ship in the
// script: a few hundred bytes beside the search engine's tens of kilobytes (see docs/operators/language.md).
import * as zhCN from './zh-CN/search.ts';
import * as en from './en/search.ts';
// (Namespace objects here: the search script is a file of its own, and the bundler's helper is a few bytes of it.)
import { pageLang } from './page-lang.ts';
import type { Lang } from './ui.ts';

/** The words the search script shows. */
export type SearchWords = typeof zhCN;

const words: Record<Lang, SearchWords> = { 'zh-CN': zhCN, en };

/** The search script's words in the language of `document`. */
export function searchWords(document: Document): SearchWords {
  return words[pageLang(document)];
}

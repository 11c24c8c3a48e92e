// The words the search page's script shows, in English (see zh-CN/search.ts).
import type * as zh from '../zh-CN/search.ts';
import { count, list, quote } from './grammar.ts';

export const searchTitle: typeof zh.searchTitle = 'Search';

/** `‘river’ – search results | Search` */
export const resultsTitle: typeof zh.resultsTitle = (query: string) => `Results for ${quote(query)} | ${searchTitle}`;

export const searching: typeof zh.searching = 'Searching…';

/** `Searched for ‘river’. ` */
export const correctedTo: typeof zh.correctedTo = (query: string) => `Searched for ${quote(query)}. `;

/** `12 cases found (5 with every word), showing the 10 most relevant` */
export const casesFound: typeof zh.casesFound = (total: number, complete: number, shown: number) =>
  `${count(total, 'case')} found${complete < total ? ` (${count(complete, 'has', 'have')} every word)` : ''}${total > shown ? `, showing the ${shown} most relevant` : ''}`;

/** `‘the how’ has only common words, which case texts are not indexed by: …` */
export const commonWordsOnly: typeof zh.commonWordsOnly = (words: readonly string[]) =>
  `${quote(words.join(' '))} has only common words, which case texts are not indexed by, so only titles, summaries and tags were searched; add a word that carries meaning to search the texts. `;

export const missingTerms: typeof zh.missingTerms = (terms: readonly string[]) => `Missing: ${list(terms)}`;

export const moreResults: typeof zh.moreResults = 'Show more results';

export const took: typeof zh.took = (milliseconds: number) => ` (${milliseconds} ms)`;

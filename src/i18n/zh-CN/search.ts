// The words the search page's script shows (status line, window title). They live apart from the
// full dictionary (zh-CN/browse.ts re-exports them as part of `ui.search`) so the browser
// bundle carries only these; each is its own export so the bundler can shorten and inline it.
// Change the wording here; keep the quotation marks and units readers expect.

/** The search page's name: its title, and the window title while the box is empty. */
export const searchTitle: string = '搜索';

/** Window title with a query: `“penglai”的搜索结果 | 搜索`. */
export const resultsTitle = (query: string) => `“${query}”的搜索结果 | ${searchTitle}`;

/** Status line while a query runs. */
export const searching: string = '正在搜索…';

/** Status line prefix when a misspelt term was searched as a close word (蓬来 → 蓬莱). */
export const correctedTo = (query: string) => `已按“${query}”搜索。`;

/** Status line: how many cases match, how many have every term, and how many are shown. */
export const casesFound = (total: number, complete: number, shown: number) =>
  `找到 ${total} 个案例${complete < total ? `（${complete} 个包含全部词语）` : ''}${total > shown ? `，显示最相关的 ${shown} 个` : ''}`;

/**
 * Status line when the query has only common English words (`the`, `how`):
 * case texts are not indexed by them, so only titles, summaries and tags were searched.
 */
export const commonWordsOnly = (words: readonly string[]) => `“${words.join(' ')}”只有常见的英文虚词，正文不按这类词索引，只在标题、摘要和标签中查找；加一个实词可查正文。`;

/** Under a result that lacks some terms of the query. */
export const missingTerms = (terms: readonly string[]) => `缺少：${terms.join('、')}`;

/** The button that shows the next results. */
export const moreResults: string = '显示更多结果';

/** Status line suffix: how long the query took. */
export const took = (milliseconds: number) => `（${milliseconds} 毫秒）`;

// Every fixed word of the site's interface, in each language Casebook speaks: navigation, headings,
// buttons, labels, accessible names, page titles and descriptions, empty states, dates, counts,
// card and report words, and the messages scripts show. Content (case bodies, titles and summaries
// from frontmatter) and a casebook's own settings (casebook.yaml) are not here.
//
// One folder per language (zh-CN/, en/), one file per part of the site in each, the same files in
// both: a part of the interface is read and translated side by side. The Chinese dictionary's shape
// is the type (`Ui`); each English file is typed by its Chinese counterpart, so a missing or extra
// key, or a function with other parameters, fails `astro check`.
//
// To change a wording, edit the string in the language's file; every page picks it up on the next
// build. Strings that take values are functions, so word order, plurals and number formats follow
// the language. A sentence with links in it is split at the links (`before`, the link texts,
// `after`): the comment above it shows the whole sentence, with each link in [brackets].
//
// The pages read the casebook's dictionary as `ui` from src/site.config.ts. The browser scripts read
// only their own small words (src/i18n/{search,share,stats}.ts), chosen by the page's `lang`.
import { zhCN } from './zh-CN/index.ts';
import { en } from './en/index.ts';

/** The interface languages: Simplified Chinese (the default) and English. */
export type Lang = 'zh-CN' | 'en';

/** The interface dictionary: the Chinese one's shape, which every language has. */
export type Ui = typeof zhCN;

const dictionaries: Record<Lang, Ui> = { 'zh-CN': zhCN, en };

/** The interface words of `lang`. */
export function uiFor(lang: Lang): Ui {
  return dictionaries[lang];
}

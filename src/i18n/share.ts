// The share panel script's words in both languages, chosen by the page's language (inlined into every
// page with a share panel: two short sentences each).
import * as zhCN from './zh-CN/share.ts';
import * as en from './en/share.ts';
import { pageLang } from './page-lang.ts';
import type { Lang } from './ui.ts';

/** The words the share panel's script shows. */
export type ShareWords = typeof zhCN;

const words: Record<Lang, ShareWords> = { 'zh-CN': zhCN, en };

/** The share script's words in the language of `document`. */
export function shareWords(document: Document): ShareWords {
  return words[pageLang(document)];
}

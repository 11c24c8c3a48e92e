// The English interface: every fixed word of the site, its cards, feed and reports, in the same files
// as the Chinese dictionary (src/i18n/zh-CN/), each typed by its Chinese counterpart.
import type { zhCN } from '../zh-CN/index.ts';
import { words } from './words.ts';
import { frame } from './frame.ts';
import { casePage } from './case.ts';
import { browse } from './browse.ts';
import { data } from './data.ts';
import { reportPages } from './reports.ts';
import { cards } from './cards.ts';

/** The English dictionary. */
export const en: typeof zhCN = { ...words, ...frame, ...casePage, ...browse, ...data, ...reportPages, ...cards };

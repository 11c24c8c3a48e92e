// The Chinese interface (zh-CN, the first-class default): every fixed word of the site, its cards, feed
// and reports, one file per part of the site. This dictionary's shape is the type every other language
// must match (see src/i18n/ui.ts).
import { words } from './words.ts';
import { frame } from './frame.ts';
import { casePage } from './case.ts';
import { browse } from './browse.ts';
import { data } from './data.ts';
import { reportPages } from './reports.ts';
import { cards } from './cards.ts';

/** The Chinese dictionary. */
export const zhCN = { ...words, ...frame, ...casePage, ...browse, ...data, ...reportPages, ...cards };

// A source as readers see it cited: Chinese sources in the style of GB/T 7714 (the Chinese national
// standard for references), other sources in APA 7, whose rules for missing facts (no author: the
// title leads; no date: n.d.; no title: a description in square brackets) fit records that mark
// what the document does not show. The words a citation adds for an unknown fact are the interface's.
import type { Source } from '../model/schemas/source.ts';
import { UNKNOWN } from '../model/schemas/unknown.ts';
import { site, ui } from '../site.config.ts';
import { uiFor, type Lang, type Ui } from '../i18n/ui.ts';
import { month } from '../i18n/en/grammar.ts';

/** GB/T 7714 document-type codes for the kinds of source Casebook records. */
const TYPE_CODES: Record<Source['type'], string> = {
  newspaper: 'N',
  magazine: 'J',
  website: 'EB/OL',
  report: 'R',
};

/** One run of a citation's text; `italic` for what the style sets in italics (APA: a periodical's name, a report's title); `href` for the source's address, linked. */
export interface CitationPart {
  text: string;
  italic?: boolean;
  href?: string;
}

/** The source's web address as the last run of its citation, in either style. */
const urlParts = (source: Source): CitationPart[] => (source.url ? [{ text: ' ' }, { text: source.url, href: source.url }] : []);

const HAN = /\p{Script=Han}/u;

/**
 * The language a source is written in: its title's, else its outlet's (Han characters: Chinese),
 * else, when the record shows neither, the casebook's.
 */
export function sourceLang(source: Source, casebookLang: Lang = site.lang): Lang {
  const shown = source.title !== UNKNOWN ? source.title : source.outlet !== UNKNOWN ? source.outlet : undefined;
  if (shown === undefined) return casebookLang;
  return HAN.test(shown) ? 'zh-CN' : 'en';
}

/** A source's citation as runs of text: GB/T 7714 for a Chinese source, APA 7 for any other. */
export function citationParts(source: Source, words: Ui = ui, casebookLang: Lang = site.lang): CitationPart[] {
  return sourceLang(source, casebookLang) === 'zh-CN' ? gbt7714(source, words) : apa7(source);
}

/** A source's citation as one line of plain text. */
export function formatCitation(source: Source, words: Ui = ui, casebookLang: Lang = site.lang): string {
  return citationParts(source, words, casebookLang)
    .map((part) => part.text)
    .join('');
}

/**
 * GB/T 7714: `作者. 题名[N]. 报刊名, 日期: 版次.` Unknown facts are stated as
 * unknown (in the interface's words), never filled in.
 */
function gbt7714(source: Source, words: Ui): CitationPart[] {
  const { citation, format } = words;
  const authors = source.authors === UNKNOWN ? citation.anonymous : source.authors.join(', ');
  const title = source.title === UNKNOWN ? citation.untitled(source.description) : source.title;
  const outlet = source.outlet === UNKNOWN ? citation.unknownOutlet : source.outlet;
  const date = source.date === UNKNOWN ? citation.unknownDate : format.partialDate(source.date);
  const pages = source.pages === UNKNOWN ? citation.unknownPages : source.pages;
  return [{ text: `${authors}. ${title}[${TYPE_CODES[source.type]}]. ${outlet}, ${date}: ${pages}.` }, ...urlParts(source)];
}

const english = uiFor('en');

/**
 * APA 7: `Author, A., & Author, B. (2024, March 1). Title. *Outlet*, pages.`
 * Without authors the title leads; without a date `(n.d.)`; without a title
 * the editor's description in square brackets. Authors are given as the
 * source credits them. A report's title is set in italics, a periodical's name.
 */
function apa7(source: Source): CitationPart[] {
  const end = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);
  const authors = source.authors === UNKNOWN ? undefined : apaNames(source.authors);
  const date = source.date === UNKNOWN ? english.citation.unknownDate : apaDate(source.date);
  const title = source.title === UNKNOWN ? english.citation.untitled(source.description) : source.title;
  const report = source.type === 'report';
  const titlePart: CitationPart = { text: end(title), ...(report && source.title !== UNKNOWN ? { italic: true } : {}) };
  const parts: CitationPart[] = authors ? [{ text: `${end(authors)} (${date}). ` }, titlePart] : [titlePart, { text: ` (${date}).` }];
  const pages = source.pages === UNKNOWN ? undefined : source.pages;
  if (source.outlet !== UNKNOWN) {
    // A periodical's name is italic and takes the pages; a site or a report's publisher is plain.
    const periodical = source.type === 'newspaper' || source.type === 'magazine';
    parts.push({ text: ' ' }, { text: source.outlet, ...(periodical ? { italic: true } : {}) }, { text: pages && periodical ? `, ${pages}.` : '.' });
    if (pages && !periodical) parts.push({ text: ` ${pageLabel(pages)}.` });
  } else if (pages) {
    parts.push({ text: ` ${pageLabel(pages)}.` });
  }
  return [...parts, ...urlParts(source)];
}

/** Names as credited, APA's way: `A`, `A & B`, `A, B, & C`. */
function apaNames(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' & ');
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

/** `2024, March 1`, `2024, March`, `2024`. */
function apaDate(date: Exclude<Source['date'], typeof UNKNOWN>): string {
  if (date.precision === 'year') return `${date.year}`;
  if (date.precision === 'month') return `${date.year}, ${month(date.month!)}`;
  return `${date.year}, ${month(date.month!)} ${date.day}`;
}

/** `p. A1` or `pp. B14-B15`. */
function pageLabel(pages: string): string {
  return /[-–,]/.test(pages) ? `pp. ${pages}` : `p. ${pages}`;
}

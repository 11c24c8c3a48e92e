// How to cite a case: its reference in the casebook's citation style (GB/T 7714 for a Chinese casebook,
// APA 7 for an English one) and as BibTeX, RIS and CSL-JSON files reference managers import.

/** What a case's citation is made of. */
export interface CaseReference {
  /** The case's id, the citation key. */
  id: string;
  title: string;
  /** The casebook's publisher, the author of record. */
  publisher: string;
  /** The casebook, the collection the case is part of. */
  casebookTitle: string;
  /** Day of publication and, when revised, of the last revision. */
  date: Date;
  updated?: Date;
  /** The case page's absolute address. */
  url: string;
  /** The case's language. */
  lang: string;
}

const day = (date: Date) => date.toISOString().slice(0, 10);
const parts = (date: Date) => [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The reference readers copy: GB/T 7714 for an electronic resource
 * (`编辑部. 题名[EB/OL]. 案例集, 2026-11-05. 网址.`; the date of access is the
 * reader's to add) in Chinese, APA 7 for a web page in English.
 */
export function displayCitation(reference: CaseReference): string {
  const { publisher, title, casebookTitle, date, updated, url } = reference;
  if (reference.lang.startsWith('zh')) return `${publisher}. ${title}[EB/OL]. ${casebookTitle}, ${day(date)}${updated ? `(${day(updated)})` : ''}. ${url}.`;
  const [year, month, dayOfMonth] = parts(date);
  return `${publisher}. (${year}, ${MONTHS[month! - 1]} ${dayOfMonth}). ${title}. ${casebookTitle}. ${url}`;
}

/** The reference as CSL-JSON, the format citation processors (Zotero, pandoc, citeproc) read. */
export function toCslJson(reference: CaseReference): string {
  const item = {
    id: reference.id,
    type: 'webpage',
    title: reference.title,
    author: [{ literal: reference.publisher }],
    publisher: reference.publisher,
    'container-title': reference.casebookTitle,
    issued: { 'date-parts': [parts(reference.date)] },
    URL: reference.url,
    language: reference.lang,
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}

// BibTeX's special characters, escaped so a title with % or & or braces stays one field.
const bibtexText = (text: string) =>
  text.replace(/[\\{}%&$#_^~]/g, (char) => ({ '\\': '\\textbackslash{}', '^': '\\textasciicircum{}', '~': '\\textasciitilde{}' })[char] ?? `\\${char}`).replace(/\s+/g, ' ');

/** The reference as BibTeX (`@misc` with biblatex's `date` and `url`), for LaTeX and most reference managers. */
export function toBibtex(reference: CaseReference): string {
  const [year, month] = parts(reference.date);
  const fields = [
    ['title', bibtexText(reference.title)],
    // Double braces: an organisation, never split into given and family names.
    ['author', `{${bibtexText(reference.publisher)}}`],
    ['organization', bibtexText(reference.publisher)],
    ['howpublished', bibtexText(reference.casebookTitle)],
    ['year', String(year)],
    ['month', String(month)],
    ['date', day(reference.date)],
    ['url', reference.url],
    ['langid', reference.lang],
  ];
  return `@misc{${reference.id},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}\n`;
}

/** The reference as RIS (`TY  - ELEC`), the format EndNote, Zotero and most catalogues import. */
export function toRis(reference: CaseReference): string {
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;
  const [year] = parts(reference.date);
  return [
    line('TY', 'ELEC'),
    line('TI', reference.title),
    line('AU', reference.publisher),
    line('PB', reference.publisher),
    line('T2', reference.casebookTitle),
    line('PY', String(year)),
    line('DA', day(reference.date).replaceAll('-', '/')),
    line('UR', reference.url),
    line('LA', reference.lang),
    line('ID', reference.id),
    'ER  - ',
    '',
  ].join('\r\n');
}

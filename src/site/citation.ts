import type { Source } from '../model/schemas/source.ts';
import { UNKNOWN } from '../model/schemas/unknown.ts';
import { formatPartialDate } from './format.ts';

/** GB/T 7714 document-type codes for the kinds of source Casebook records. */
const TYPE_CODES: Record<Source['type'], string> = {
  newspaper: 'N',
  magazine: 'J',
  website: 'EB/OL',
  report: 'R',
};

/** What a citation says where the source does not show a fact. */
export const NOT_SHOWN = '不详';

/** The parts of a citation, for templates that style each one. */
export interface CitationParts {
  authors: string;
  /** The title, or the editor's description in square brackets when no title is printed. */
  title: string;
  typeCode: string;
  outlet: string;
  date: string;
  pages: string;
}

/** Splits a source record into citation parts, writing 不详 for every unknown fact. */
export function citationParts(source: Source): CitationParts {
  return {
    authors: source.authors === UNKNOWN ? '佚名' : source.authors.join(', '),
    title: source.title === UNKNOWN ? `〔无题：${source.description}〕` : source.title,
    typeCode: TYPE_CODES[source.type],
    outlet: source.outlet === UNKNOWN ? `刊名${NOT_SHOWN}` : source.outlet,
    date: source.date === UNKNOWN ? `日期${NOT_SHOWN}` : formatPartialDate(source.date),
    pages: source.pages === UNKNOWN ? `版次${NOT_SHOWN}` : source.pages,
  };
}

/**
 * A full citation in the style of GB/T 7714 (the Chinese national standard
 * for references): `作者. 题名[N]. 报刊名, 日期: 版次.` Unknown facts are
 * stated as unknown, never filled in.
 */
export function formatCitation(source: Source): string {
  const parts = citationParts(source);
  return `${parts.authors}. ${parts.title}[${parts.typeCode}]. ${parts.outlet}, ${parts.date}: ${parts.pages}.`;
}

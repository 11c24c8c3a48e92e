import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { displayCitation, toBibtex, toCslJson, toRis, type CaseReference } from './case-citation.ts';

const zh: CaseReference = {
  id: 'penglai-edz',
  title: '蓬莱经济开发区：以“红色引擎”带动园区发展 {50%} & #1_~',
  publisher: 'Casebook 编辑部',
  casebookTitle: '两新组织党建案例集',
  date: new Date('2026-11-05'),
  url: 'https://casebook.example.org/cases/penglai-edz/',
  lang: 'zh-CN',
};
const en: CaseReference = { ...zh, id: 'mill-brook', title: 'Mill Brook: a river cleared by its streets', publisher: 'Riverside Policy Unit', casebookTitle: 'Riverside Case Library', lang: 'en' };

/** What a citation library reads back from a file: its title and its date of issue. */
const readBack = (text: string) => {
  const [item] = new Cite(text).data as { title: string; issued: { 'date-parts': number[][] } }[];
  return { title: item!.title, issued: item!.issued['date-parts'][0] };
};

describe('citing a case', () => {
  it('gives GB/T 7714 for a Chinese case and APA 7 for an English one', () => {
    expect(displayCitation(zh)).toBe(`Casebook 编辑部. ${zh.title}[EB/OL]. 两新组织党建案例集, 2026-11-05. https://casebook.example.org/cases/penglai-edz/.`);
    expect(displayCitation(en)).toBe('Riverside Policy Unit. (2026, November 5). Mill Brook: a river cleared by its streets. Riverside Case Library. https://casebook.example.org/cases/penglai-edz/');
  });

  it('writes BibTeX, RIS and CSL-JSON that a citation library reads back with the title and date, whatever the title holds', () => {
    for (const reference of [zh, en]) {
      for (const file of [toBibtex(reference), toRis(reference), toCslJson(reference)]) {
        expect(readBack(file), file).toEqual({ title: reference.title, issued: [2026, 11, 5] });
      }
    }
  });
});

import type { data as zh } from '../zh-CN/data.ts';
import { count, number } from './grammar.ts';
import { statsCount } from './stats.ts';

/** The English stats explorer and data-check page. */
export const data: typeof zh = {
  stats: {
    title: 'All figures',
    description: (cases: number, stats: number) => `The ${count(stats, 'statistic')} of all ${count(cases, 'case')}: sort, filter, and download them as CSV or JSON.`,
    /** The 236 statistics of every case. Each figure is recorded as its source prints it and read as a value, a unit and a qualifier. Download: [CSV] · [JSON]. Figures that sources state differently are in the [Data check]. */
    intro: {
      before: (stats: number) => `The ${count(stats, 'statistic')} of every case. Each figure is recorded as its source prints it and read as a value, a unit and a qualifier. Download: `,
      csv: 'CSV',
      json: 'JSON',
      middle: '. Figures that sources state differently are in the ',
      dataCheck: 'Data check',
      after: '.',
    },
    filtersLabel: 'Filter the figures',
    keyword: 'Keyword',
    keywordPlaceholder: 'Subject, measure or figure',
    filters: { case: 'Case', dimension: 'Unit', qualifier: 'Qualifier', verification: 'Checked' },
    count: statsCount,
    noScript: 'Filtering and sorting need JavaScript; the table below lists every figure.',
    pageTitle: (page: number) => `All figures (page ${page})`,
    pageDescription: (page: number, first: number, last: number, total: number) =>
      `All figures, page ${page}: the statistics of cases ${number(first)}–${number(last)} of ${number(total)}; sort, filter, and download them as CSV or JSON.`,
    pageIntro: (first: number, last: number, total: number) => `This page holds cases ${number(first)}–${number(last)} of ${number(total)}; filters and sorting apply to this page only, so download the data for all of them.`,
    pagesLabel: 'Pages',
    fieldLabel: (column: string) => `${column}: `,
    tableLabel: 'All statistics',
    columns: {
      subject: 'Subject',
      metric: 'Measure',
      figure: 'Figure',
      normalized: 'Value',
      unit: 'Unit',
      qualifier: 'Qualifier',
      source: 'Source',
      receipt: 'Source text',
    },
  },

  dataCheck: {
    title: 'Data check',
    description: 'Where sources give different figures for the same thing, this page sets the sources, their figures and the editors’ note side by side.',
    intro: 'When one subject and measure has different figures in different cases, the build asks the editors for a note: which figure the site uses and why, or that the two have different scopes and both stand. ',
    /** `There are 3 disagreements`, `, 1 not yet reconciled`, then `.` */
    disagreements: (value: number) => (value === 1 ? 'There is 1 disagreement' : `There are ${count(value, 'disagreement')}`),
    open: (value: number) => `, ${number(value)} not yet reconciled`,
    introEnd: '.',
    none: 'No two cases give different figures for the same thing.',
    unreconciled: 'Not reconciled',
    columns: { figure: 'Figure', case: 'Case', source: 'Source', note: 'Editors’ note' },
    verdict: (verdict: string) => `${verdict}. `,
    noNote: 'No note yet',
  },
};

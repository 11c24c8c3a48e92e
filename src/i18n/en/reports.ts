import type { reportPages as zh } from '../zh-CN/reports.ts';
import { count, number } from './grammar.ts';

/** The English reports list and the print-ready reports: cover, contents, running parts and the data check. */
export const reportPages: typeof zh = {
  reports: {
    title: 'Reports',
    description: 'Printable reports of each series and of the whole casebook, on the web and as PDF.',
    /** Each report has … The PDFs are made by [npm run report]. */
    intro: {
      before: 'Each report has a cover, contents, every case in full with its figures, the data check and the references; a report of many cases is printed in volumes. The web version prints as it is; the PDFs are made by ',
      after: '.',
    },
    pdf: 'PDF',
    casePdf: 'Print version (PDF, with the figures and their sources): ',
    wholeTitle: (siteTitle: string) => `${siteTitle}: the complete casebook`,
    seriesTitle: (seriesTitle: string) => `${seriesTitle}: case report`,
    back: '← All reports',
    printHint: ' · Print it or save it as PDF for the typeset report',
    runningHead: (title: string, part: string) => `${title} · ${part}`,
    eyebrow: 'Report',
    cover: { cases: 'Cases', stats: 'Statistics', asOf: 'As of', editor: 'Editors' },
    caseCount: (value: number) => number(value),
    statCount: (value: number) => number(value),
    contents: 'Contents',
    chapter: (value: number) => `Chapter ${value}`,
    appendix: (value: 1 | 2 | 3, name: string) => `Appendix ${'ABC'[value - 1]}: ${name}`,
    appendixNames: { check: 'Data check', sources: 'References' },
    chapterData: 'Figures in this chapter',
    volume: (value: number, of: number) => `Volume ${value} of ${of}`,
    volumeChapters: (first: number, last: number) => (first === last ? `Chapter ${first}` : `Chapters ${first}–${last}`),
    volumeTitle: (title: string, value: number) => `${title}, volume ${value}`,
    volumeDescription: (scope: string, value: number, chapters: string) => `${scope} (volume ${value}: ${chapters.charAt(0).toLowerCase()}${chapters.slice(1)})`,
    volumesHeading: 'Volumes',
    volumePdfs: 'PDF volumes: ',
    pdfVolumes: (value: number) => `PDF (${count(value, 'volume')})`,
    volumeName: (value: number) => `Volume ${value}`,
    columns: { figure: 'Figure', subject: 'Subject', metric: 'Measure', period: 'Period', check: 'Checked against the source' },
    claimFrom: (caseTitle: string, source: string) => ` (${caseTitle}; source: ${source})`,
    reconciliation: (verdict: string, note: string) => `: ${verdict}. ${note}`,
  },
};

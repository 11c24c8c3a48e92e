import type { Chart } from '../../domain/charts/group.ts';
import type { casePage as zh } from '../zh-CN/case.ts';
import { count, quote } from './grammar.ts';

/** The parts of an English case page: its facts, figures, share panel, sources, data table, charts and receipts. */
export const casePage: typeof zh = {
  caseMeta: {
    region: 'Place',
    series: 'Series',
    kind: 'Kind',
    published: 'Published',
    /** ` (updated 21 November 2026)` */
    updatedBefore: ' (updated ',
    updatedAfter: ')',
    tags: 'Topics',
  },

  keyStats: {
    heading: 'Key figures',
    reconciled: 'Sources differ: see the note',
    cards: 'Share cards: ',
    wide: 'wide',
    square: 'square',
    downloadWide: (subject: string, metric: string) => `Download the wide share card of ${quote(`${subject}: ${metric}`)}`,
    downloadSquare: (subject: string, metric: string) => `Download the square share card of ${quote(`${subject}: ${metric}`)}`,
  },

  share: {
    summary: 'Share this page',
    downloadCard: 'Download the share card (PNG)',
    copyLink: 'Copy link',
    weibo: 'Share on Weibo',
    weiboTitle: (title: string, siteTitle: string) => `${title} | ${siteTitle}`,
    link: 'Link',
    qrLabel: 'QR code of this page: scan it to open the page on a phone',
    qrCaption: 'Scan to open on a phone',
    linkCopied: 'Link copied',
    copyByHand: 'Press Ctrl+C (or long-press) to copy the selected link',
  },

  sources: {
    heading: 'Sources',
  },

  cite: {
    heading: 'Cite this case',
    copy: 'Copy the reference',
    copied: 'Reference copied.',
    copyByHand: 'Could not copy it: select the reference above and copy it.',
    downloads: 'Download the reference: ',
  },

  statTable: {
    heading: 'Figures in this case',
    /** Every underlined figure in the text comes from the table below; a checked figure comes with the sentence of the source that prints it. The figures of every case are in [All figures]. */
    intro: {
      before: 'Every underlined figure in the text comes from the table below; a checked figure comes with the sentence of the source that prints it. The figures of every case are in ',
      link: 'All figures',
      after: '.',
    },
    download: 'Download this case’s figures: ',
    columns: { figure: 'Figure', subject: 'Subject', metric: 'Measure', period: 'Period', source: 'Source' },
    sourceLabel: (number: number) => `Source ${number}`,
    check: 'Data check: ',
    reconciliation: (verdict: string, note: string) => `${verdict}. ${note}`,
    unreconciled: 'The sources give different figures; not yet reconciled.',
    compare: 'Compare the sources',
    sentence: (subject: string, metric: string, figure: string) => `${subject}, ${metric}: ${figure}.`,
  },

  charts: {
    number: (number: number) => `Figure ${number}`,
    subset: (shown: number, total: number) => `The chart shows ${shown} of ${total}; the table has them all.`,
    table: 'Figures and sources in the data table',
    chapterTable: 'Figures and sources in this chapter’s data table',
    seriesHeading: 'Across the cases',
    seriesIntro: 'Where the same measure, in the same unit and for the same period, appears in several cases of this series, the figures are compared here; the table under each chart gives each figure’s case and source.',
    columns: { subject: 'Subject', figure: 'Figure', cases: 'Cases' },
    marks: {
      '≈': '≈ approximate (about, nearly)',
      '>': '> more than this (over, more than)',
      '≥': '≥ at least this',
      '<': '< less than this (under, fewer than)',
      '*': '* sources differ: see the data table and the data check',
    },
    description: (chart: Chart) => {
      const scope = [chart.subject, chart.period].filter(Boolean).join(', ');
      const bars = chart.bars.map((bar) => `${bar.label}: ${bar.printed}${bar.disputed ? ' (sources differ)' : ''}`).join('; ');
      const shown = chart.total > chart.bars.length ? `, ${chart.bars.length} of them drawn` : '';
      const order = chart.kind === 'periods' ? 'in time order' : 'largest first';
      return `Bar chart${scope ? `, ${scope}` : ''}: ${count(chart.total, 'bar')}${shown}, ${order}: ${bars}.`;
    },
    /** `Riverside` of `Riverside: cleaning the river…`. */
    caseLabel: (title: string) => title.split(/:\s/)[0]!,
    grouping: {
      parenthetical: (text: string) => ` (${text})`,
      listSeparator: ', ',
      version: (origin: string, number: number) => `${origin}, version ${number}`,
      scales: [
        { from: 1e9, factor: 1e9, unit: (symbol: string) => `billion ${symbol}` },
        { from: 1e6, factor: 1e6, unit: (symbol: string) => `million ${symbol}` },
        { from: 1e5, factor: 1e3, unit: (symbol: string) => `thousand ${symbol}` },
      ],
    },
  },

  receipt: {
    verified: 'Checked against the source',
    unverified: 'Not checked against the source',
    notFound: 'Not found in the source',
    where: (paragraph: number) => `Source text, paragraph ${paragraph}: `,
    reasons: { 'no-text': 'The full text of this source is not at hand.', 'not-checked': 'This build did not read the sources’ full texts.' },
    notFoundNote: 'The full text of the source does not print this figure: an editor should check it.',
  },

  figures: {
    qualifiers: {
      exact: 'exact',
      about: 'about',
      nearly: 'nearly',
      'more-than': 'more than',
      over: 'over',
      'at-least': 'at least',
      under: 'under',
      'order-of': 'order of magnitude',
    },
    dimensions: {
      count: 'count',
      currency: 'amount (yuan)',
      percent: 'percentage',
      'percentage-points': 'percentage points',
      'foreign-currency': 'amount (other currency)',
      area: 'area (m²)',
      volume: 'volume (m³)',
      power: 'power (kW)',
      energy: 'energy (kWh)',
      length: 'length (m)',
      mass: 'weight (t)',
      ratio: 'ratio',
      rank: 'rank',
      duration: 'duration',
      date: 'date',
      magnitude: 'order of magnitude',
      concentration: 'concentration (μg/m³)',
    },
    verdicts: { 'uses-this': 'This page uses this figure', 'scopes-differ': 'Different scopes: both figures stand' },
    verification: { verified: 'Checked against the source', unverified: 'Not checked against the source', 'not-found': 'Not found in the source' },
  },

  body: {
    statSource: (source: string) => `Source: ${source}`,
    footnoteLabel: 'Notes',
    footnoteBack: (index: number) => `Back to reference ${index + 1} in the text`,
  },

  citation: {
    /** GB/T 7714's English word for an unknown author. */
    anonymous: 'Anon',
    untitled: (description: string) => `[${description}]`,
    unknownOutlet: 'publication not stated',
    unknownDate: 'n.d.',
    unknownPages: 'page not stated',
  },

  toc: {
    heading: 'Contents',
  },
};

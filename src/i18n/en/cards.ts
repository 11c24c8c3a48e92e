import type { cards as zh } from '../zh-CN/cards.ts';
import { count, list, noun, quote } from './grammar.ts';
import { data } from './data.ts';

const { dataCheck } = data;

/** The English words of the social cards: what they print and their text alternatives (`og:image:alt`). */
export const cards: typeof zh = {
  cards: {
    homeAlt: (siteTitle: string, description: string) => `${siteTitle}: ${description}`,
    caseAlt: (caseTitle: string) => `Share card of ${quote(caseTitle)}`,
    seriesAlt: (seriesTitle: string) => `Share card of the series ${quote(seriesTitle)}`,
  },

  cardWords: {
    units: {
      cases: (value: number) => noun(value, 'case'),
      stats: (value: number) => noun(value, 'statistic'),
      series: (_value: number) => 'series',
      tags: (value: number) => noun(value, 'topic'),
      kinds: (value: number) => noun(value, 'kind'),
      regions: (value: number) => noun(value, 'place'),
      reports: (value: number) => noun(value, 'report'),
      disagreements: (value: number) => noun(value, 'disagreement'),
      reconciled: (_value: number) => 'reconciled',
    },
    source: (source: string) => `Source: ${source}`,
    sourceName: (outlet: string | undefined, title: string | undefined, description: string) => {
      const named = title === undefined ? description : quote(title);
      return outlet === undefined ? named : `${outlet}, ${named}`;
    },
    caveat: (verdict: string | undefined, others: string[]) =>
      `${verdict ? `Note: ${verdict}.` : 'Sources differ.'}${others.length > 0 ? ` Other sources give ${list(others)}.` : ''} See ${quote(dataCheck.title)}.`,
    statsOffer: 'sort, filter, and download as CSV or JSON',
    allAgree: dataCheck.none,
    checkRule: 'Where figures for one subject and measure differ, the editors say which they use and why',
    reportEyebrow: (eyebrow: string) => `${eyebrow} · web and PDF`,
    labelled: ': ',
    counted: (name: string, value: number) => `${name} (${value})`,
    figureLabel: (subject: string, metric: string, period: string | undefined) => `${subject} · ${metric}${period ? ` (${period})` : ''}`,
  },

  cardAlts: {
    home: (siteTitle: string, cases: number, stats: number) => `${siteTitle}: ${count(cases, 'case')}, ${count(stats, 'sourced statistic')}`,
    series: (title: string, cases: number, figures: readonly { label: string; value: string }[]) =>
      `Series: ${title}, ${count(cases, 'case')}${figures.length >= 2 ? `; ${figures.map((figure) => `${figure.label}: ${figure.value}`).join('; ')}` : ''}`,
    case: (title: string, place: string, headline?: { subject: string; metric: string; figure: string; caveat?: string }) =>
      `${title} (${place})${headline ? `: ${headline.subject}, ${headline.metric}: ${headline.figure}${headline.caveat ? ` (${headline.caveat})` : ''}` : ''}`,
    stat: (stat: { subject: string; metric: string; period?: string; figure: string; caveat?: string }, caseTitle: string, source: string) =>
      `${stat.subject}, ${stat.metric}${stat.period ? ` (${stat.period})` : ''}: ${stat.figure}${stat.caveat ? ` (${stat.caveat})` : ''}. ${caseTitle}. Source: ${source}`,
    report: (eyebrow: string, title: string) => `${eyebrow}: ${title}, with its numbers of cases and statistics and the case titles`,
    listing: (pageTitle: string, cases: number) => `${pageTitle}: ${count(cases, 'case')} and their titles`,
    tag: (crumb: string, tag: string, cases: number) => `${crumb}: ${quote(tag)}, ${count(cases, 'case')} and their titles`,
    cases: (title: string, cases: number, stats: number) => `${title}: ${count(cases, 'case')}, ${count(stats, 'statistic')}, the titles of the latest cases`,
    stats: (title: string, cases: number, stats: number, offer: string) => `${title}: ${count(stats, 'statistic')} of ${count(cases, 'case')}; ${offer}`,
    search: (heading: string, cases: number, description: string) => `${heading}: ${count(cases, 'case')}. ${description}`,
    dataCheck: (title: string, disagreements: number, allAgree: string) =>
      `${title}: ${disagreements > 0 ? `${count(disagreements, 'disagreement')}, the sources’ figures and the editors’ notes side by side` : allAgree}`,
    reports: (title: string, reports: number) => `${title}: ${count(reports, 'report')}, on the web and as PDF`,
    seriesIndex: (title: string, series: number, cases: number) => `${title}: ${count(series, 'series', 'series')}, ${count(cases, 'case')}`,
    tags: (title: string) => `${title}: every topic and its number of cases`,
    kinds: (title: string) => `${title}: every kind of work and its number of cases`,
    regions: (title: string) => `${title}: the number of cases in each province and city`,
  },
};

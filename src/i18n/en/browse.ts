import type { browse as zh } from '../zh-CN/browse.ts';
import { count, list, noun, number, quote } from './grammar.ts';
import * as searchStrings from './search.ts';

/** The English pages that lead to cases: home, the lists, series, regions, kinds, tags and the search page. */
export const browse: typeof zh = {
  home: {
    description: (siteDescription: string, cases: number, series: number, stats: number) =>
      `${siteDescription} It holds ${count(cases, 'case')} in ${count(series, 'series', 'series')}, with ${count(stats, 'statistic')}.`,
    totalsLabel: 'At a glance',
    totals: {
      cases: (value: number) => noun(value, 'case'),
      series: (_value: number) => 'series',
      stats: (value: number) => noun(value, 'statistic'),
      cities: (value: number) => noun(value, 'city', 'cities'),
    },
    seriesHeading: 'Series',
    headlinesHeading: 'In figures',
    latestHeading: 'Latest cases',
    allCases: (value: number) => (value === 1 ? 'See the case →' : `See all ${count(value, 'case')} →`),
    reportsHeading: 'Reports',
    /** Every case is collected in one printable report: [web] · [PDF]. The reports of each series are on the [Reports] page. */
    reportsNote: {
      before: 'Every case is collected in one printable report: ',
      web: 'web',
      middle: '. The reports of each series are on the ',
      reports: 'Reports',
      after: ' page.',
    },
  },

  cases: {
    title: 'All cases',
    description: (siteTitle: string, cases: number, stats: number) => `Every case in ${siteTitle}: ${count(cases, 'case')} with ${count(stats, 'sourced statistic')}, newest first.`,
    intro: (cases: number, stats: number) => `${count(cases, 'case')} and ${count(stats, 'statistic')}, newest first.`,
    related: 'Related cases',
  },

  series: {
    title: 'Series',
    description: 'Browse the cases by series: cases of one place or one programme, read together.',
    intro: 'Cases of one place or one programme form a series, to be read side by side.',
    eyebrow: 'Series',
    report: 'Report: ',
    reportWeb: 'web',
    casesHeading: 'Cases in this series',
    pageDescription: (description: string, cases: number, stats: number) => `${description} This series holds ${count(cases, 'case')} and ${count(stats, 'statistic')}.`,
  },

  regions: {
    title: 'Browse by place',
    description: (provinces: readonly string[], cities: number) => `Browse the cases by province, city and district: ${count(cities, 'city', 'cities')} in ${list(provinces)}.`,
    intro: 'Provinces, cities and districts, each with its number of cases.',
    crumb: 'Places',
    pageTitle: (region: string) => `Cases in ${region}`,
    /** `Shandong Yantai: 5 cases in …` (the rest from `listing.cases`). */
    pageDescription: (region: string, cases: string) => `${region}: ${cases}`,
    subregions: 'Places within',
  },

  kinds: {
    title: 'Browse by kind',
    description: (labels: readonly string[]) =>
      labels.length === 0
        ? 'Browse the cases by the kind of work they describe.'
        : `Browse the cases by the kind of work they describe: ${list(labels.slice(0, 4))}${labels.length > 4 ? ' and more' : ''}.`,
    crumb: 'Kinds',
    pageTitle: (kind: string) => `Cases: ${kind}`,
    pageDescription: (kind: string, cases: string) => `${kind}: ${cases}`,
  },

  tags: {
    title: 'Browse by topic',
    description: (value: number, top: readonly string[]) => `Browse the cases by topic: ${count(value, 'topic')}, the most used being ${list(top.map(quote))}.`,
    crumb: 'Topics',
    pageTitle: (tag: string) => `Topic: ${tag}`,
    pageDescription: (tag: string, cases: string) => `Tagged ${quote(tag)}: ${cases}`,
  },

  search: {
    title: searchStrings.searchTitle,
    description: 'Search every case by its words, places, topics and figures, in any field.',
    heading: 'Search the cases',
    formLabel: 'Search and filter the cases',
    label: 'Search',
    placeholder: (examples: readonly string[]) => (examples.length > 0 ? `e.g. ${examples.join(', ')}` : 'a word, a place or a figure'),
    filters: { series: 'Series', kind: 'Kind', province: 'Place' },
    submit: 'Search',
    /** Search needs JavaScript. You can also [browse every case], or look by [series], [place], [topic]. */
    noScript: {
      before: 'Search needs JavaScript. You can also ',
      cases: 'browse every case',
      by: ', or look by ',
      series: 'series',
      regions: 'place',
      or: ' or ',
      tags: 'topic',
      after: '.',
    },
    emptyHeading: 'No matching cases',
    /** Try a shorter word, separate words with spaces, or search for a place or a figure, such as [x], [y]. */
    emptyTips: {
      before: 'Try a shorter word, separate words with spaces, or search for a place or a figure',
      examples: ', such as ',
      after: '.',
    },
    browseSeries: { before: 'Or start from a series: ', after: '.' },
    resultsTitle: searchStrings.resultsTitle,
    searching: searchStrings.searching,
    correctedTo: searchStrings.correctedTo,
    casesFound: searchStrings.casesFound,
    took: searchStrings.took,
    missingTerms: searchStrings.missingTerms,
    moreResults: searchStrings.moreResults,
  },
};

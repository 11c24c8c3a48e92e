import type { frame as zh } from '../zh-CN/frame.ts';

/** The frame of every English page: head, header, footer, breadcrumbs, small shared parts and the 404 page. */
export const frame: typeof zh = {
  layout: {
    skipToContent: 'Skip to main content',
    ogLocale: 'en_GB',
  },

  header: {
    homeHint: ' (home)',
    /** The short title's first letter, set like a seal. */
    mark: (shortTitle: string) => [...shortTitle.trim()][0]!.toUpperCase(),
    searchLandmark: 'Site search',
    searchLabel: 'Search cases',
    searchSubmit: 'Search',
    searchPlaceholder: 'Search cases, places, figures (press /)',
    navLabel: 'Main',
    nav: {
      cases: 'Cases',
      series: 'Series',
      regions: 'Places',
      kinds: 'Kinds',
      tags: 'Topics',
      stats: 'Data',
      reports: 'Reports',
    },
  },

  footer: {
    credit: (publisher: string) => `${publisher}. Cases are written in the editors’ own words from published sources; every figure names its source.`,
    reports: 'Reports',
    stats: 'All figures',
    dataCheck: 'Data check',
    rss: 'RSS feed',
    sitemap: 'Sitemap',
  },

  breadcrumbs: {
    label: 'Breadcrumb',
    home: 'Home',
  },

  caseList: {
    empty: 'No cases yet.',
  },

  filter: {
    all: 'All',
  },

  notFound: {
    title: 'Page not found',
    description: 'The page you were looking for does not exist or has moved: carry on from the home page, the list of cases or a series.',
    intro: 'There is no page at this address: the link may be mistyped, or the case may have been renamed.',
    next: 'You can carry on from here:',
    home: 'Home',
    cases: 'All cases',
  },
};

// The card each kind of page shares, as the page names it in its meta tags (`card={{ path, alt }}` on
// BaseLayout) and as siteCards (content.ts) draws it: one function per kind of page, so the two always
// agree on the path and the text alternative. A page passes only what it already knows (a title, a count);
// an alt text holds nothing the page's incremental-build key does not cover, so a page copied from the
// last build never carries a stale one.
import { kindCardPath, pageCardPath, regionCardPath, reportCardPath, tagCardPath } from '../../domain/urls.ts';
import { ui } from '../../site.config.ts';

/** A page's social card: its site path and its text alternative (`og:image:alt`). */
export interface PageCard {
  path: string;
  alt: string;
}

const alts = ui.cardAlts;

/**
 * A tag, kind or region page gets a card of its own (its title, counts and
 * cases) when it lists at least this many cases; a page of one case shares
 * its index's card. At a thousand cases most tags are used once, and each
 * card costs some 25 ms to draw (see docs/features/cards-and-sharing.md).
 */
export const OWN_CARD_FROM = 2;

/** Each kind of page's card. */
export const pageCards = {
  /** A report; its volumes share it. */
  report: (id: string, title: string): PageCard => ({ path: reportCardPath(id), alt: alts.report(ui.reports.eyebrow, title) }),
  /** A tag's page. */
  tag: (tag: string, slug: string, cases: number): PageCard =>
    cases >= OWN_CARD_FROM ? { path: tagCardPath(slug), alt: alts.tag(ui.tags.crumb, tag, cases) } : pageCards.tags(),
  /** A kind's page; `label` as kindLabel gives it. */
  kind: (kind: string, label: string, cases: number): PageCard =>
    cases >= OWN_CARD_FROM ? { path: kindCardPath(kind), alt: alts.listing(ui.kinds.pageTitle(label), cases) } : pageCards.kinds(),
  /** A region's page; `name` is its names from the province down, spaced. */
  region: (path: string, name: string, cases: number): PageCard =>
    cases >= OWN_CARD_FROM ? { path: regionCardPath(path), alt: alts.listing(ui.regions.pageTitle(name), cases) } : pageCards.regions(),
  /** The list of every case. */
  cases: (cases: number, stats: number): PageCard => ({ path: pageCardPath('cases'), alt: alts.cases(ui.cases.title, cases, stats) }),
  /** Every page of the statistics explorer. */
  stats: (cases: number, stats: number): PageCard => ({ path: pageCardPath('stats'), alt: alts.stats(ui.stats.title, cases, stats, ui.cardWords.statsOffer) }),
  /** The search page. */
  search: (cases: number): PageCard => ({ path: pageCardPath('search'), alt: alts.search(ui.search.heading, cases, ui.search.description) }),
  /** The data check. */
  dataCheck: (disagreements: number): PageCard => ({
    path: pageCardPath('data-check'),
    alt: alts.dataCheck(ui.dataCheck.title, disagreements, ui.cardWords.allAgree),
  }),
  /** The list of reports. */
  reports: (reports: number): PageCard => ({ path: pageCardPath('reports'), alt: alts.reports(ui.reports.title, reports) }),
  /** The list of series. */
  series: (series: number, cases: number): PageCard => ({ path: pageCardPath('series'), alt: alts.seriesIndex(ui.series.title, series, cases) }),
  // The three indexes' cards are also the cards of their pages of one case, which are not rendered again when
  // another page's count changes: their text alternatives name no count.
  /** The list of tags. */
  tags: (): PageCard => ({ path: pageCardPath('tags'), alt: alts.tags(ui.tags.title) }),
  /** The list of kinds. */
  kinds: (): PageCard => ({ path: pageCardPath('kinds'), alt: alts.kinds(ui.kinds.title) }),
  /** The region tree. */
  regions: (): PageCard => ({ path: pageCardPath('regions'), alt: alts.regions(ui.regions.title) }),
};

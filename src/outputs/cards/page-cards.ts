// The card each kind of page shares, as the page names it in its meta tags (`card={{ path, alt }}` on
// BaseLayout) and as siteCards (content.ts) draws it: one function per kind of page, so the two always
// agree on the path and the text alternative. A page passes only what it already knows (a title, a count);
// an alt text holds nothing the page's incremental-build key does not cover, so a page copied from the
// last build never carries a stale one.
import { kindCardPath, pageCardPath, regionCardPath, reportCardPath, tagCardPath } from '../../domain/urls.ts';
import { ui } from '../../i18n/ui.ts';

/** A page's social card: its site path and its text alternative (`og:image:alt`). */
export interface PageCard {
  path: string;
  alt: string;
}

/** The words cards print that the site's pages do not (every other word comes from `ui`, src/i18n/ui.ts). */
export const CARD_WORDS = {
  /** Counts on cards: the number is set large before its measure word. */
  units: { cases: '个案例', stats: '项统计数据', series: '个系列', tags: '个标签', kinds: '个类型', regions: '个地区', reports: '份报告', volumes: '卷', disagreements: '处数字不一', reconciled: '处已有核对说明' },
  /** Above a statistic's source on its card. */
  source: '来源：',
  /** The caveat on the card of a figure other pages state differently (`verdict` as VERDICTS words it, or none). */
  caveat: (verdict: string | undefined, others: string[]) =>
    `${verdict ? `口径说明：${verdict}。` : '各来源数字不一。'}${others.length > 0 ? `另有来源记为${others.join('、')}，` : ''}见“${ui.dataCheck.title}”`,
  /** The explorer's card: what it offers. */
  statsOffer: '可排序、筛选，并可下载 CSV 与 JSON',
  /** The data check's card when nothing disagrees. */
  allAgree: ui.dataCheck.none,
  /** The data check's rule, in a line. */
  checkRule: '同一对象、同一指标出现不同数字时，编者须写明采用哪个、为什么',
} as const;

const units = CARD_WORDS.units;

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
  report: (id: string, title: string): PageCard => ({ path: reportCardPath(id), alt: `${ui.reports.eyebrow}：${title}，所收案例数、统计数据数与案例标题` }),
  /** A tag's page. */
  tag: (tag: string, slug: string, cases: number): PageCard =>
    cases >= OWN_CARD_FROM ? { path: tagCardPath(slug), alt: `${ui.tags.crumb}“${tag}”：${cases}${units.cases}及其标题` } : pageCards.tags(),
  /** A kind's page; `label` as kindLabel gives it. */
  kind: (kind: string, label: string, cases: number): PageCard =>
    cases >= OWN_CARD_FROM ? { path: kindCardPath(kind), alt: `${ui.kinds.pageTitle(label)}：${cases}${units.cases}及其标题` } : pageCards.kinds(),
  /** A region's page; `name` is its names from the province down, spaced (`山东省 烟台市`). */
  region: (path: string, name: string, cases: number): PageCard =>
    cases >= OWN_CARD_FROM ? { path: regionCardPath(path), alt: `${ui.regions.pageTitle(name)}：${cases}${units.cases}及其标题` } : pageCards.regions(),
  /** The list of every case. */
  cases: (cases: number, stats: number): PageCard => ({ path: pageCardPath('cases'), alt: `${ui.cases.title}：${cases}${units.cases}，${stats}${units.stats}，最新案例的标题` }),
  /** Every page of the statistics explorer. */
  stats: (cases: number, stats: number): PageCard => ({ path: pageCardPath('stats'), alt: `${ui.stats.title}：${cases}${units.cases}的${stats}${units.stats}，${CARD_WORDS.statsOffer}` }),
  /** The search page. */
  search: (cases: number): PageCard => ({ path: pageCardPath('search'), alt: `${ui.search.heading}：${cases}${units.cases}，${ui.search.description}` }),
  /** The data check. */
  dataCheck: (disagreements: number): PageCard => ({
    path: pageCardPath('data-check'),
    alt: `${ui.dataCheck.title}：${disagreements > 0 ? `${disagreements}${units.disagreements}，并列各来源的数字与编者的核对说明` : CARD_WORDS.allAgree}`,
  }),
  /** The list of reports. */
  reports: (reports: number): PageCard => ({ path: pageCardPath('reports'), alt: `${ui.reports.title}：${reports}${units.reports}，网页版与 PDF` }),
  /** The list of series. */
  series: (series: number, cases: number): PageCard => ({ path: pageCardPath('series'), alt: `${ui.series.title}：${series}${units.series}，${cases}${units.cases}` }),
  // The three indexes' cards are also the cards of their pages of one case, which are not rendered again when
  // another page's count changes: their text alternatives name no count.
  /** The list of tags. */
  tags: (): PageCard => ({ path: pageCardPath('tags'), alt: `${ui.tags.title}：主题标签及各标签的案例数` }),
  /** The list of kinds. */
  kinds: (): PageCard => ({ path: pageCardPath('kinds'), alt: `${ui.kinds.title}：工作类型及各类型的案例数` }),
  /** The region tree. */
  regions: (): PageCard => ({ path: pageCardPath('regions'), alt: `${ui.regions.title}：各省、市的案例数` }),
};

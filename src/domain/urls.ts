// Every URL the site, the build steps and the browser code link to: one module, so a route can move in one
// place, and so the path the site is served under (Astro's `base`, e.g. `/casebook/` on a project site of a
// code host) is added in one place. Pure strings; `new URL(path, site)` makes them absolute where needed.

let base = '/';

/**
 * Sets the path the site is served under (`/`, or `/casebook/`), once per
 * process or page: the build from its options, pages and browser code from
 * `import.meta.env.BASE_URL`. Every URL below then starts with it.
 */
export function useBase(path: string): void {
  base = normalizeBase(path);
}

/** A base path with one slash at each end: `casebook` and `/casebook` → `/casebook/`; `` and `/` → `/`. */
export function normalizeBase(path: string): string {
  return `/${path.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** The path the site is served under, with both slashes: `/` or `/casebook/`. */
export const basePath = () => base;

/** A path of the site (`/stats/`) as a link: under the base path. */
export const siteUrl = (path: string) => `${base}${path.replace(/^\//, '')}`;

/** The home page. */
export const homeUrl = () => siteUrl('/');
/** A case page. */
export const caseUrl = (id: string) => siteUrl(`/cases/${id}/`);
/** A heading of a case page (`anchor` as the page gives it). */
export const sectionUrl = (caseId: string, anchor: string) => `${caseUrl(caseId)}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
/** A statistic's row in its case page's data table. */
export const statUrl = (caseId: string, statId: string) => `${caseUrl(caseId)}#stat-${statId}`;
/** A series page. */
export const seriesUrl = (id: string) => siteUrl(`/series/${id}/`);
/** A region page; `path` comes from `regionsOf()`, e.g. `shandong/yantai`. */
export const regionUrl = (path: string) => siteUrl(`/regions/${path}/`);
/** A kind page. */
export const kindUrl = (kind: string) => siteUrl(`/kinds/${kind}/`);
/** A tag page; `slug` comes from `tagSlugs()` in slug.ts. */
export const tagUrl = (slug: string) => siteUrl(`/tags/${slug}/`);
/** A report as a web page (`casebook` or a series id); volumes after the first have a page each (`/reports/<id>/2/`). */
export const reportUrl = (id: string, volume = 1) => siteUrl(volume > 1 ? `/reports/${id}/${volume}/` : `/reports/${id}/`);
/** A report as a PDF, or one volume's PDF (see `reportPdfPath`). */
export const reportPdfUrl = (id: string, volume?: { number: number; of: number }) => siteUrl(reportPdfPath(id, volume));
/** The 数据核对 page, or one disagreement on it. */
export const dataCheckUrl = (key?: string) => `${siteUrl('/data-check/')}${key ? `#${key}` : ''}`;
/** A data file under /api/ (`cases.json`, `stats.json`, `stats.csv`). */
export const apiUrl = (file: string) => siteUrl(`/api/${file}`);

/** One case's files: its statistics (`csv`, `json`, the site-wide export's columns) or its reference (`bib`, `ris`, `csl.json`). */
export const caseDataUrl = (caseId: string, format: 'csv' | 'json' | 'bib' | 'ris' | 'csl.json') => apiUrl(`cases/${caseId}.${format}`);
/** A file of the search index (`meta.json`, `shards/3.json`…). */
export const searchIndexUrl = (file: string) => siteUrl(`/search/${file}`);

/** Where a case's own PDF is written, relative to the built site (beside its page); its URL is `siteUrl(path)`. */
export const casePdfPath = (caseId: string) => `/cases/${caseId}.pdf`;

/** Where a report's PDF is written, relative to the built site: `/reports/<id>.pdf`, or `/reports/<id>.<n>.pdf` for volume n of several. */
export const reportPdfPath = (id: string, volume?: { number: number; of: number }) => (volume && volume.of > 1 ? `/reports/${id}.${volume.number}.pdf` : `/reports/${id}.pdf`);

/** Where a case's social card is written, relative to the built site; its URL is `siteUrl(path)`. */
export const caseCardPath = (id: string) => `/cards/cases/${id}.png`;
/** Where a series' social card is written. */
export const seriesCardPath = (id: string) => `/cards/series/${id}.png`;
/** Where the home page's social card is written. */
export const HOME_CARD_PATH = '/cards/home.png';
/** Where a headline statistic's card in one shape (`wide` or `square`) is written. */
export const statCardPath = (caseId: string, statId: string, shape: string) => `/cards/stats/${caseId}/${statId}-${shape}.png`;
/** Where a report's card is written; a report in volumes has one card for all of them. */
export const reportCardPath = (id: string) => `/cards/reports/${id}.png`;
/** Where a tag page's card is written; `slug` as in `tagUrl`. */
export const tagCardPath = (slug: string) => `/cards/tags/${slug}.png`;
/** Where a kind page's card is written. */
export const kindCardPath = (kind: string) => `/cards/kinds/${kind}.png`;
/** Where a region page's card is written; `path` as in `regionUrl`, e.g. `shandong/yantai`. */
export const regionCardPath = (path: string) => `/cards/regions/${path}.png`;
/** The pages that are one of a kind and have a card each (the lists, the explorer, search, the data check). */
export type CardPage = 'cases' | 'stats' | 'search' | 'data-check' | 'reports' | 'series' | 'tags' | 'kinds' | 'regions';
/** Where such a page's card is written: `/cards/pages/stats.png` serves every page of the explorer. */
export const pageCardPath = (page: CardPage) => `/cards/pages/${page}.png`;

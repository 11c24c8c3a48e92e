// Every site-relative URL the site, the build steps and the browser code link to: one module, so a
// route can move in one place. Pure strings; `new URL(path, site)` makes them absolute where needed.

/** A case page. */
export const caseUrl = (id: string) => `/cases/${id}/`;
/** A heading of a case page (`anchor` as the page gives it). */
export const sectionUrl = (caseId: string, anchor: string) => `${caseUrl(caseId)}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
/** A statistic's row in its case page's data table. */
export const statUrl = (caseId: string, statId: string) => `${caseUrl(caseId)}#stat-${statId}`;
/** A series page. */
export const seriesUrl = (id: string) => `/series/${id}/`;
/** A region page; `path` comes from `regionsOf()`, e.g. `shandong/yantai`. */
export const regionUrl = (path: string) => `/regions/${path}/`;
/** A kind page. */
export const kindUrl = (kind: string) => `/kinds/${kind}/`;
/** A tag page; `slug` comes from `tagSlugs()` in slug.ts. */
export const tagUrl = (slug: string) => `/tags/${slug}/`;
/** A report as a web page (`casebook` or a series id). */
export const reportUrl = (id: string) => `/reports/${id}/`;
/** A report as a PDF. */
export const reportPdfUrl = (id: string) => `/reports/${id}.pdf`;
/** The 数据核对 page, or one disagreement on it. */
export const dataCheckUrl = (key?: string) => `/data-check/${key ? `#${key}` : ''}`;

/** A case's social card. */
export const caseCardPath = (id: string) => `/cards/cases/${id}.png`;
/** A series' social card. */
export const seriesCardPath = (id: string) => `/cards/series/${id}.png`;
/** The home page's social card. */
export const HOME_CARD_PATH = '/cards/home.png';
/** A headline statistic's card in one shape (`wide` or `square`). */
export const statCardPath = (caseId: string, statId: string, shape: string) => `/cards/stats/${caseId}/${statId}-${shape}.png`;

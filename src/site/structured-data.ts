// What a case page says about itself to search engines, dataset indexes and reference managers:
// schema.org JSON-LD (an Article, and a Dataset of its statistics) and Highwire `citation_*` meta.
import type { CaseData } from '../model/schemas/case.ts';
import type { Source } from '../model/schemas/source.ts';
import type { Series } from '../model/schemas/series.ts';
import { UNKNOWN } from '../model/schemas/unknown.ts';
import { placeLabel } from '../model/schemas/place.ts';

/** What the structured data of one case is made from; every URL absolute. */
export interface CaseDescription {
  data: CaseData;
  /** The case page's address. */
  url: string;
  /** The case's social card (an image of its title and headline figure). */
  image: string;
  /** The case's statistics as files: `/api/cases/<id>.csv` and `.json`. */
  downloads: { csv: string; json: string };
  series: { data: Series; url: string };
  sources: readonly Source[];
  /** The casebook: its title, publisher, language and licence (from casebook.yaml). */
  casebook: { title: string; publisher: string; lang: string; url: string; license?: string };
  /** The name of the case's table of figures in the interface's words (`本文数据`, `Figures in this case`). */
  datasetLabel: string;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A Dataset's description must be 50 to 5,000 characters: the summary, then the figures it holds, cut at a whole figure. */
function datasetDescription(data: CaseData): string {
  const figures = data.stats.map((stat) => `${stat.subject} ${stat.metric}${stat.period ? ` (${stat.period})` : ''}: ${stat.figure}`);
  let text = data.summary;
  for (const figure of figures) {
    const next = `${text}${text === data.summary ? ' ' : '; '}${figure}`;
    if (next.length > 5000) break;
    text = next;
  }
  return text.length >= 50 ? text : `${text} (${data.stats.length})`.padEnd(50, '.');
}

/** The years the statistics' periods name (`2021年`, `2020—2022`, `FY2023`), as schema.org's temporalCoverage `2020/2022`, or none. */
function temporalCoverage(data: CaseData): string | undefined {
  const years = data.stats.flatMap((stat) => [...(stat.period ?? '').matchAll(/(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/g)].map((match) => Number(match[1])));
  if (years.length === 0) return undefined;
  const [low, high] = [Math.min(...years), Math.max(...years)];
  return low === high ? String(low) : `${low}/${high}`;
}

/** A source as schema.org's CreativeWork: what it is, who published it and when, and where it is online. */
function citedWork(source: Source) {
  return {
    '@type': 'CreativeWork',
    name: source.title === UNKNOWN ? source.description : source.title,
    ...(source.outlet === UNKNOWN ? {} : { publisher: { '@type': 'Organization', name: source.outlet } }),
    ...(source.date === UNKNOWN ? {} : { datePublished: source.date.iso }),
    ...(source.authors === UNKNOWN ? {} : { author: source.authors.map((name) => ({ '@type': 'Person', name })) }),
    ...(source.url ? { url: source.url } : {}),
  };
}

/** The case as schema.org JSON-LD: an Article (its text) and, when it states figures, a Dataset of them. */
export function caseJsonLd(description: CaseDescription): object {
  const { data, casebook } = description;
  const publisher = { '@type': 'Organization', name: casebook.publisher, url: casebook.url };
  const lang = data.lang ?? casebook.lang;
  const article = {
    '@type': 'Article',
    '@id': `${description.url}#article`,
    headline: data.title,
    description: data.summary,
    url: description.url,
    image: description.image,
    inLanguage: lang,
    datePublished: day(data.date),
    dateModified: day(data.updated ?? data.date),
    author: publisher,
    publisher,
    keywords: data.tags.join(', ') || undefined,
    contentLocation: { '@type': 'Place', name: placeLabel(data.place) },
    isPartOf: [
      { '@type': 'CreativeWorkSeries', name: description.series.data.title, url: description.series.url },
      { '@type': 'WebSite', name: casebook.title, url: casebook.url },
    ],
    citation: description.sources.map(citedWork),
    ...(casebook.license ? { license: casebook.license } : {}),
  };
  if (data.stats.length === 0) return { '@context': 'https://schema.org', '@graph': [article] };
  const coverage = temporalCoverage(data);
  const dataset = {
    '@type': 'Dataset',
    '@id': `${description.url}#data`,
    name: `${data.title}: ${description.datasetLabel}`,
    description: datasetDescription(data),
    url: `${description.url}#stat-table-heading`,
    inLanguage: lang,
    creator: publisher,
    publisher,
    datePublished: day(data.date),
    dateModified: day(data.updated ?? data.date),
    isBasedOn: description.sources.map(citedWork),
    subjectOf: { '@id': `${description.url}#article` },
    spatialCoverage: { '@type': 'Place', name: placeLabel(data.place) },
    ...(coverage ? { temporalCoverage: coverage } : {}),
    variableMeasured: [...new Set(data.stats.map((stat) => stat.metric))],
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: description.downloads.csv },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: description.downloads.json },
    ],
    ...(casebook.license ? { license: casebook.license } : {}),
  };
  return { '@context': 'https://schema.org', '@graph': [article, dataset] };
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`: `<` escaped, so no
 * text of a case (`</script>` in a title) can close the element or open another.
 */
export function jsonLdText(value: object): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Highwire Press `citation_*` meta, which Google Scholar and reference managers read: name → content, in order. */
export function citationMeta(description: Pick<CaseDescription, 'data' | 'casebook' | 'url'> & { pdf?: string }): [string, string][] {
  const { data, casebook } = description;
  const meta: [string, string][] = [
    ['citation_title', data.title],
    ['citation_author', casebook.publisher],
    ['citation_publisher', casebook.publisher],
    ['citation_publication_date', day(data.date).replaceAll('-', '/')],
    ['citation_online_date', day(data.updated ?? data.date).replaceAll('-', '/')],
    ['citation_language', data.lang ?? casebook.lang],
    ['citation_journal_title', casebook.title],
    ['citation_abstract_html_url', description.url],
  ];
  for (const keyword of data.tags) meta.push(['citation_keywords', keyword]);
  if (description.pdf) meta.push(['citation_pdf_url', description.pdf]);
  return meta;
}

/** A page that lists cases (a series, the list of all cases) as schema.org's CollectionPage with an ItemList of them, in the page's order. */
export function listJsonLd(list: { name: string; description: string; url: string; items: readonly { name: string; url: string }[] }): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: list.name,
    description: list.description,
    url: list.url,
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: list.items.length,
      itemListElement: list.items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, url: item.url })),
    },
  };
}

// What every case page tells search engines, dataset indexes and reference managers about itself:
// schema.org JSON-LD (an Article and a Dataset of its statistics) and Highwire citation_* meta.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { Casebook } from '../src/model/load.ts';
import { builtSite, type BuildResult } from './helpers/build.ts';
import { loadContent } from './helpers/content.ts';
import { casebookDist } from './helpers/shared-build.ts';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

const dist = await casebookDist();

interface Node {
  '@type': string;
  [key: string]: unknown;
}

describe('structured data on every case page', () => {
  let site: BuildResult;
  let casebook: Casebook;
  beforeAll(async () => {
    casebook = await loadContent();
    site = builtSite(dist);
  });

  /** The page's JSON-LD graph, and its citation_* meta as name → contents. */
  const described = (id: string) => {
    const { document } = parseHTML(site.read(`cases/${id}/index.html`));
    const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')];
    expect(scripts, id).toHaveLength(1);
    const graph = (JSON.parse(scripts[0]!.textContent ?? '') as { '@context': string; '@graph': Node[] });
    const meta = new Map<string, string[]>();
    for (const element of document.querySelectorAll('meta[name^="citation_"]')) {
      const name = element.getAttribute('name')!;
      meta.set(name, [...(meta.get(name) ?? []), element.getAttribute('content') ?? '']);
    }
    return { graph, meta };
  };

  it('describes the case as an Article with its dates, language, publisher, series and sources', () => {
    for (const entry of casebook.cases.filter((item) => !item.data.draft)) {
      const { graph } = described(entry.id);
      expect(graph['@context']).toBe('https://schema.org');
      const article = graph['@graph'].find((node) => node['@type'] === 'Article')!;
      expect(article, entry.id).toMatchObject({
        headline: entry.data.title,
        description: entry.data.summary,
        datePublished: entry.data.date.toISOString().slice(0, 10),
        inLanguage: entry.data.lang ?? casebook.settings.lang,
        publisher: { '@type': 'Organization', name: casebook.settings.publisher },
      });
      expect(article.image).toMatch(new RegExp(`/cards/cases/${entry.id}\\.png$`));
      expect((article.citation as unknown[]).length, entry.id).toBe(entry.data.sources.length);
      expect(JSON.stringify(article.isPartOf)).toContain(casebook.series.find((series) => series.id === entry.data.series.id)!.data.title);
    }
  });

  it('describes its statistics as a Dataset a dataset index accepts, with files that exist', () => {
    for (const entry of casebook.cases.filter((item) => !item.data.draft && item.data.stats.length > 0)) {
      const { graph } = described(entry.id);
      const dataset = graph['@graph'].find((node) => node['@type'] === 'Dataset')!;
      expect(dataset, entry.id).toBeDefined();
      // Google Dataset Search: a name and a description of 50 to 5,000 characters.
      expect(String(dataset.name)).toContain(entry.data.title);
      expect(String(dataset.description).length, entry.id).toBeGreaterThanOrEqual(50);
      expect(String(dataset.description).length, entry.id).toBeLessThanOrEqual(5000);
      expect(dataset).toMatchObject({ creator: { name: casebook.settings.publisher }, spatialCoverage: { '@type': 'Place' } });
      const downloads = dataset.distribution as { encodingFormat: string; contentUrl: string }[];
      expect(downloads.map((download) => download.encodingFormat)).toEqual(['text/csv', 'application/json']);
      for (const download of downloads) expect(existsSync(path.join(site.outDir, new URL(download.contentUrl).pathname)), download.contentUrl).toBe(true);
    }
  });

  it('carries the citation_* meta reference managers read: title, publisher, date, language', () => {
    for (const entry of casebook.cases.filter((item) => !item.data.draft)) {
      const { meta } = described(entry.id);
      expect(meta.get('citation_title'), entry.id).toEqual([entry.data.title]);
      expect(meta.get('citation_author')).toEqual([casebook.settings.publisher]);
      expect(meta.get('citation_publication_date')).toEqual([entry.data.date.toISOString().slice(0, 10).replaceAll('-', '/')]);
      expect(meta.get('citation_language')).toEqual([entry.data.lang ?? casebook.settings.lang]);
    }
  });

  it('offers a reference to copy and BibTeX, RIS and CSL-JSON that a citation library reads back with the page\'s title and date', () => {
    for (const entry of casebook.cases.filter((item) => !item.data.draft)) {
      const { document } = parseHTML(site.read(`cases/${entry.id}/index.html`));
      const block = document.querySelector('[data-cite]')!;
      expect(block.querySelector('[data-cite-text]')!.textContent, entry.id).toContain(entry.data.title);
      expect(block.querySelector('[data-cite-copy]'), entry.id).not.toBeNull();
      const title = document.querySelector('h1')!.textContent;
      for (const format of ['bib', 'ris', 'csl.json']) {
        expect(block.querySelector(`a[href$="/api/cases/${entry.id}.${format}"]`), `${entry.id}.${format}`).not.toBeNull();
        const [item] = new Cite(site.read(`api/cases/${entry.id}.${format}`)).data as { title: string; issued: { 'date-parts': number[][] } }[];
        expect(item!.title, `${entry.id}.${format}`).toBe(title);
        const date = entry.data.date;
        expect(item!.issued['date-parts'][0]).toEqual([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]);
      }
    }
  });

  it('gives each report page its citation_* meta, with the address of its PDF', () => {
    for (const file of ['reports/casebook/index.html', ...casebook.series.map((series) => `reports/${series.id}/index.html`)].filter((page) => existsSync(path.join(site.outDir, page)))) {
      const { document } = parseHTML(site.read(file));
      const meta = (name: string) => [...document.querySelectorAll(`meta[name="${name}"]`)].map((element) => element.getAttribute('content'));
      expect(meta('citation_title'), file).toHaveLength(1);
      expect(meta('citation_author')).toEqual([casebook.settings.publisher]);
      const pdf = meta('citation_pdf_url')[0]!;
      expect(pdf, file).toBe(new URL(document.querySelector('link[rel="alternate"][type="application/pdf"]')!.getAttribute('href')!, pdf).href);
      expect(pdf).toMatch(/\.pdf$/);
    }
  });

  it('describes the list of all cases and each series as a CollectionPage listing its cases in order', () => {
    const pages = ['cases/index.html', ...casebook.series.map((series) => `series/${series.id}/index.html`)].filter((page) => existsSync(path.join(site.outDir, page)));
    for (const file of pages) {
      const { document } = parseHTML(site.read(file));
      const [script] = [...document.querySelectorAll('script[type="application/ld+json"]')];
      const data = JSON.parse(script!.textContent ?? '') as { '@type': string; mainEntity: { numberOfItems: number; itemListElement: { url: string; position: number }[] } };
      expect(data['@type'], file).toBe('CollectionPage');
      const listed = data.mainEntity.itemListElement.map((item) => new URL(item.url).pathname);
      expect(listed.length, file).toBe(data.mainEntity.numberOfItems);
      for (const url of listed) expect(existsSync(path.join(site.outDir, url, 'index.html')), url).toBe(true);
    }
  });

  it('offers each report\'s reference to copy, and as files a citation library reads back with the report\'s title', () => {
    for (const id of ['casebook', ...casebook.series.map((series) => series.id)].filter((report) => existsSync(path.join(site.outDir, `reports/${report}/index.html`)))) {
      const { document } = parseHTML(site.read(`reports/${id}/index.html`));
      const block = document.querySelector('[data-cite]')!;
      expect(block, id).not.toBeNull();
      // The page's own title is the report's, with the volume's number after it on a report in volumes.
      const shown = document.querySelector('meta[name="citation_title"]')!.getAttribute('content')!;
      for (const format of ['bib', 'ris', 'csl.json']) {
        expect(block.querySelector(`a[href$="/api/reports/${id}.${format}"]`), `${id}.${format}`).not.toBeNull();
        const [item] = new Cite(site.read(`api/reports/${id}.${format}`)).data as { title: string }[];
        expect(shown.startsWith(item!.title), `${id}.${format}: ${item!.title}`).toBe(true);
        expect(block.querySelector('[data-cite-text]')!.textContent).toContain(item!.title);
      }
    }
  });
});

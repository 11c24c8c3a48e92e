import { describe, expect, it } from 'vitest';
import { BASE, craftedSite, ORIGIN, pageHtml, passingFiles, TITLE } from '../../tests/helpers/crafted-site.ts';
import { formatProblem } from './result.ts';
import { checkMeta, minDescription, tagConcept } from './meta.ts';

/** The passing site with some files replaced (`undefined` removes one). */
const siteWith = (changes: Record<string, string | undefined>) => craftedSite({ ...passingFiles(), ...changes });
const problems = (changes: Record<string, string | undefined>, lastmod?: Map<string, string>) => checkMeta(siteWith(changes), { lastmod }).problems.map(formatProblem);

describe('the meta gate', () => {
  it('passes a site whose pages describe themselves and whose sitemap lists them', () => {
    const result = checkMeta(craftedSite(), { lastmod: new Map([['/cases/river-cleanup/', '2026-05-01']]) });
    expect(result.problems).toEqual([]);
    expect(result.checked).toEqual({ pages: 6, 'sitemap entries': 5, 'tag pages': 2 });
  });

  it('wants a description of one sentence: 50 characters in English, 20 in Chinese', () => {
    expect(minDescription('en')).toBe(50);
    expect(minDescription('zh-CN')).toBe(20);
    const english = 'A'.repeat(49);
    const chinese = '案'.repeat(19);
    expect(problems({ 'tags/rivers/index.html': pageHtml('tags/rivers/', { description: english }) })).toEqual([`${BASE}tags/rivers/ meta description: 49 characters, fewer than 50: "${english}"`]);
    expect(problems({ 'tags/rivers/index.html': pageHtml('tags/rivers/', { lang: 'zh-CN', description: chinese }) })).toEqual([`${BASE}tags/rivers/ meta description: 19 characters, fewer than 20: "${chinese}"`]);
    expect(problems({ 'tags/rivers/index.html': pageHtml('tags/rivers/', { lang: 'zh-CN', description: '案'.repeat(20) }) })).toEqual([]);
    expect(problems({ 'tags/rivers/index.html': pageHtml('tags/rivers/').replace(/<meta name="description"[^>]*>/, '') })).toEqual([`${BASE}tags/rivers/ meta description: missing`]);
  });

  it('finds two pages with one title or one description, and a title that does not name the site once', () => {
    const description = 'Every case about rivers in the Riverside Case Library, newest first.';
    expect(
      problems({
        'tags/rivers/index.html': pageHtml('tags/rivers/', { title: `Rivers | ${TITLE}`, description }),
        'tags/schools/index.html': pageHtml('tags/schools/', { title: `Rivers | ${TITLE}`, description }),
        'cases/school-meals/index.html': pageHtml('cases/school-meals/', { title: 'School meals' }),
      }),
    ).toEqual([
      `${BASE}tags/rivers/ title: "Rivers | ${TITLE}" is also the title of ${BASE}tags/schools/`,
      `${BASE}tags/schools/ title: "Rivers | ${TITLE}" is also the title of ${BASE}tags/rivers/`,
      `${BASE}cases/school-meals/ title: "School meals" names the site ("${TITLE}") 0 times, not once`,
      `${BASE}tags/rivers/ meta description: "${description}" is also the meta description of ${BASE}tags/schools/`,
      `${BASE}tags/schools/ meta description: "${description}" is also the meta description of ${BASE}tags/rivers/`,
    ]);
  });

  it('wants robots.txt to let crawlers in and name the sitemap at the site\'s address and base path', () => {
    expect(problems({ 'robots.txt': 'User-agent: *\nDisallow: /\n\nSitemap: https://cases.example.org/sitemap-index.xml\n' })).toEqual([
      `${BASE}robots.txt Disallow: /: keeps every crawler out of the whole site`,
      `${BASE}robots.txt: does not name the sitemap as "Sitemap: ${ORIGIN}${BASE}sitemap-index.xml"`,
    ]);
    expect(problems({ 'robots.txt': undefined })).toEqual([`${BASE}robots.txt: missing`]);
  });

  it('wants every page but the 404 page in the sitemap, each dated, on the day its content says', () => {
    const files = passingFiles();
    const sitemap = files['sitemap-0.xml']!.replace(`<url><loc>${ORIGIN}${BASE}tags/rivers/</loc><lastmod>2026-05-01</lastmod></url>`, '').replace(`${BASE}tags/schools/</loc><lastmod>2026-05-01</lastmod>`, `${BASE}tags/schools/</loc>`);
    expect(problems({ 'sitemap-0.xml': sitemap }, new Map([['/cases/river-cleanup/', '2026-06-30']]))).toEqual([
      `${BASE}tags/rivers/ ${BASE}sitemap-index.xml: not listed in the sitemap`,
      `${BASE}tags/schools/ ${BASE}sitemap-index.xml: listed in the sitemap without a <lastmod>`,
      `${BASE}cases/river-cleanup/ ${BASE}sitemap-index.xml: the sitemap dates it 2026-05-01, its content 2026-06-30`,
    ]);
  });

  it('wants one tag page per concept: names that differ only by quotes, punctuation, width or case are one', () => {
    expect(tagConcept('“两新”组织')).toBe(tagConcept('两新组织'));
    expect(tagConcept('River clean-up')).toBe(tagConcept('river cleanup'));
    expect(problems({ 'tags/schools/index.html': pageHtml('tags/schools/', { body: '<h1>“Rivers”</h1>' }) })).toEqual([
      `${BASE}tags/rivers/ h1: the tag "Rivers" is the same concept as "“Rivers”" (${BASE}tags/schools/): use one name`,
      `${BASE}tags/schools/ h1: the tag "“Rivers”" is the same concept as "Rivers" (${BASE}tags/rivers/): use one name`,
    ]);
  });
});

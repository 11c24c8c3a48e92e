import { describe, expect, it } from 'vitest';
import { BASE, craftedSite, ORIGIN, passingFiles } from '../../tests/helpers/crafted-site.ts';
import { checkLinks, readPage } from './links.ts';

/** The passing site with one page's body changed: `replace` edits the page's HTML. */
function siteWith(page: string, replace: (html: string) => string, extra: Record<string, string> = {}) {
  const files = passingFiles();
  return craftedSite({ ...files, [page]: replace(files[page]!), ...extra });
}

const messages = (site: ReturnType<typeof craftedSite>) => checkLinks(site).problems.map((problem) => `${problem.page} ${problem.where}: ${problem.message}`);

describe('the links gate', () => {
  it('passes a site whose every link and anchor resolves, relative, absolute or under the base path', () => {
    const result = checkLinks(craftedSite());
    expect(result.problems).toEqual([]);
    expect(result.checked.pages).toBe(6);
    // Page links, canonical links, sitemap and robots.txt entries, all checked.
    expect(result.checked.internal).toBeGreaterThan(15);
  });

  it('names the page, the link as written and why it leads nowhere', () => {
    const site = siteWith('cases/river-cleanup/index.html', (html) =>
      html.replace('</main>', `<a href="${BASE}cases/gone/">gone</a><a href="${BASE}tags/rivers">no slash</a><a href="/elsewhere/">outside</a><a href="#nothing">no id</a><a href="${BASE}cases/school-meals/#lessons">other page</a></main>`),
    );
    expect(messages(site)).toEqual([
      `${BASE}cases/river-cleanup/ a[href] ${BASE}cases/gone/: no such file`,
      `${BASE}cases/river-cleanup/ a[href] ${BASE}tags/rivers: no trailing slash`,
      `${BASE}cases/river-cleanup/ a[href] /elsewhere/: outside the base path ${BASE}`,
      `${BASE}cases/river-cleanup/ a[href] #nothing: no id "nothing" on ${BASE}cases/river-cleanup/`,
      `${BASE}cases/river-cleanup/ a[href] ${BASE}cases/school-meals/#lessons: no id "lessons" on ${BASE}cases/school-meals/`,
    ]);
  });

  it('ignores other sites and mail links, and checks full addresses on the site itself', () => {
    const site = siteWith('index.html', (html) => html.replace('</main>', `<a href="https://other.example.com/x/">other</a><a href="mailto:a@b.org">mail</a><a href="${ORIGIN}${BASE}missing/">full</a></main>`));
    expect(messages(site)).toEqual([`${BASE} a[href] ${ORIGIN}${BASE}missing/: no such file`]);
  });

  it('checks the sitemap, feeds, data files, stylesheets and the search index too', () => {
    const files = passingFiles();
    const site = craftedSite({
      ...files,
      'sitemap-0.xml': files['sitemap-0.xml']!.replace('</urlset>', `<url><loc>${ORIGIN}${BASE}cases/removed/</loc><lastmod>2026-05-01</lastmod></url></urlset>`),
      'api/cases.json': JSON.stringify({ cases: [{ url: `${ORIGIN}${BASE}cases/river-cleanup/` }, { url: `${ORIGIN}${BASE}cases/old/` }] }),
      '_astro/site.css': `body{background:url(${BASE}_astro/missing.png)}`,
      'search/meta.json': JSON.stringify({ docCount: 1, shardCount: 0, files: 'files/x' }),
      'search/files/x/docs/0.json': JSON.stringify({ doc: { id: 'river-cleanup' }, sections: [['results', 'Results', ''], ['lessons', 'Lessons', '']] }),
      'search/files/x/fuzzy.json': '[]',
    });
    expect(messages(site)).toEqual([
      `${BASE}sitemap-0.xml <loc> ${ORIGIN}${BASE}cases/removed/: no such file`,
      `${BASE}api/cases.json json ${ORIGIN}${BASE}cases/old/: no such file`,
      `${BASE}_astro/site.css css url() ${BASE}_astro/missing.png: no such file`,
      `${BASE}search/meta.json search index ${BASE}cases/river-cleanup/#lessons: no id "lessons" on ${BASE}cases/river-cleanup/`,
      `${BASE}search/meta.json search index ${BASE}search/files/x/pinyin.json: no such file`,
    ]);
  });

  it('finds an id a page repeats', () => {
    const site = siteWith('cases/school-meals/index.html', (html) => html.replace('</main>', '<p id="results">again</p></main>'));
    expect(messages(site)).toEqual([`${BASE}cases/school-meals/ id="results": the id is used 2 times`]);
  });

  it('reads links from every element that holds one, and ids from ids and <a name>', () => {
    const { references, ids } = readPage('<img src="a.png" srcset="b.png 2x, c.png 3x" alt=""><form action="/s/"></form><a name="top-x"></a><div id="x" style="background:url(\'d.png\')"></div>');
    expect(references.map((reference) => `${reference.kind} ${reference.url}`)).toEqual(['img[src] a.png', 'img[srcset] b.png', 'img[srcset] c.png', 'form[action] /s/', 'css url() d.png']);
    expect([...ids.keys()]).toEqual(['top-x', 'x']);
  });
});

import { describe, expect, it } from 'vitest';
import { BASE, craftedSite, pageHtml, passingFiles } from '../../tests/helpers/crafted-site.ts';
import { checkHtml, htmlValidator, OUTSIDE_BODY_RULE, validateHtml } from './html.ts';

const validator = htmlValidator();

describe('the HTML gate', () => {
  it('passes a valid page and a valid site', async () => {
    expect(await validateHtml(validator, pageHtml('cases/x/'), '/cases/x/')).toEqual([]);
    const result = await checkHtml(craftedSite());
    expect(result).toMatchObject({ gate: 'html', checked: { pages: 6 }, problems: [] });
  });

  it('finds a <script> after </html> (a stray start tag browsers move), naming page, line and column', async () => {
    const html = pageHtml('search/', { after: '<script type="module" src="/_astro/search.js"></script>' });
    const problems = await validateHtml(validator, html, '/search/');
    // The last line, at the tag's name (html-validate points at an element's name).
    const line = html.split('\n').length;
    expect(problems).toEqual([{ page: '/search/', where: `${line}:2`, message: `${OUTSIDE_BODY_RULE}: <script> after </html>: move it into <head> or <body> [script]` }]);
  });

  it('finds text after </html> and an element between </head> and <body>', async () => {
    expect((await validateHtml(validator, pageHtml('x/', { after: 'stray words' }), '/x/')).map((problem) => problem.message)).toEqual([
      `${OUTSIDE_BODY_RULE}: text "stray words" after </html>: move it into <head> or <body>`,
    ]);
    const between = pageHtml('x/').replace('</body>\n</html>', '</body>\nmore words\n</html>');
    expect((await validateHtml(validator, between, '/x/')).map((problem) => problem.message)).toEqual([`${OUTSIDE_BODY_RULE}: text "more words" outside <head> and <body>: move it into one of them`]);
  });

  it('allows whitespace and comments after </html>', async () => {
    expect(await validateHtml(validator, pageHtml('x/', { after: '\n<!-- built by Casebook -->\n' }), '/x/')).toEqual([]);
  });

  it('applies html-validate\'s recommended rules: an image without a text alternative fails', async () => {
    const problems = await validateHtml(validator, pageHtml('x/', { body: '<h1>X</h1><img src="a.png">' }), '/x/');
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/^wcag\/h37: .*alt/)]);
  });

  it('reports every failing page of a site with its address under the base path', async () => {
    const files = passingFiles();
    const result = await checkHtml(craftedSite({ ...files, 'tags/rivers/index.html': files['tags/rivers/index.html'] + '<script src="x.js"></script>' }));
    expect(result.problems.map((problem) => problem.page)).toEqual([`${BASE}tags/rivers/`]);
  });
});

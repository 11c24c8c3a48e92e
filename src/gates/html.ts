// The HTML gate: every built page against html-validate's `recommended` rules, none turned off (valid
// markup, landmarks with distinct names, forms with a submit button, ARIA used as meant), plus one rule
// html-validate lacks: nothing outside <head> and <body>. A `<script>` written after `</html>` is a parse
// error ("Stray start tag script") that browsers repair by moving it into the body, so html-validate,
// which builds the same repaired tree, says nothing of it.
import { HtmlValidate, Rule, StaticConfigLoader, type DOMNode, type DOMReadyEvent, type RuleDocumentation } from 'html-validate';
import { builtPages, read, type BuiltFile, type BuiltSite } from './built-site.ts';
import type { GateResult, Problem } from './result.ts';

/** The name html-validate reports for the rule below. */
export const OUTSIDE_BODY_RULE = 'casebook/no-content-outside-body';

const TEXT_NODE = 3;
const isBlank = (node: DOMNode) => node.nodeType === TEXT_NODE && !node.textContent.trim();
const nameOf = (node: DOMNode) => (node.nodeType === TEXT_NODE ? `text "${node.textContent.trim().slice(0, 30)}"` : `<${node.nodeName}>`);

/**
 * Nothing but `<html>` at the top of the document, and nothing but `<head>` and `<body>` inside it
 * (whitespace and comments aside): content after `</body>` or `</html>`, or between `</head>` and
 * `<body>`, is invalid HTML that browsers move elsewhere.
 */
class NoContentOutsideBody extends Rule {
  override documentation(): RuleDocumentation {
    return { description: 'Put every element inside <head> or <body>: content after </body> or </html> is invalid HTML (a stray start tag) that browsers move.' };
  }

  override setup() {
    this.on('dom:ready', (event: DOMReadyEvent) => {
      const top = event.document.root.childNodes;
      const html = top.find((node) => node.nodeName === 'html');
      for (const node of top) {
        if (node === html || isBlank(node)) continue;
        const after = html && node.location.offset > html.location.offset;
        this.report(node, `${nameOf(node)} ${after ? 'after </html>' : 'before <html>'}: move it into <head> or <body>`, node.location);
      }
      for (const node of html?.childNodes ?? []) {
        if (node.nodeName === 'head' || node.nodeName === 'body' || isBlank(node)) continue;
        this.report(node, `${nameOf(node)} outside <head> and <body>: move it into one of them`, node.location);
      }
    });
  }
}

/** The longest `<title>` a page may have: a case title (70) and ` | ` and the site's name (30). */
export const MAX_TITLE = 103;

/** An html-validate with the `recommended` rules and the rule above. */
export function htmlValidator(): HtmlValidate {
  return new HtmlValidate(
    new StaticConfigLoader({
      extends: ['html-validate:recommended'],
      plugins: [{ name: 'casebook', rules: { [OUTSIDE_BODY_RULE]: NoContentOutsideBody } }],
      rules: {
        [OUTSIDE_BODY_RULE]: 'error',
        // A page's title is its own (a case title: at most 70 characters in all) and the site's name (at most 30):
        // the recommended 70 would drop the site's name from every English case page, which the meta gate wants once.
        'long-title': ['error', { maxlength: MAX_TITLE }],
      },
    }),
  );
}

/** The problems html-validate finds in one page's HTML, `path` naming the page. */
export async function validateHtml(validator: HtmlValidate, html: string, path: string): Promise<Problem[]> {
  const report = await validator.validateString(html, path);
  return report.results.flatMap((result) =>
    result.messages.map((message) => ({
      page: path,
      where: `${message.line}:${message.column}`,
      message: `${message.ruleId}: ${message.message}${message.selector ? ` [${message.selector}]` : ''}`,
    })),
  );
}

/** The HTML gate over `pages` of `site` (every page unless given). */
export async function checkHtml(site: BuiltSite, pages: readonly BuiltFile[] = builtPages(site)): Promise<GateResult> {
  const validator = htmlValidator();
  const problems: Problem[] = [];
  for (const page of pages) problems.push(...(await validateHtml(validator, read(page), page.path)));
  return { gate: 'html', checked: { pages: pages.length }, problems, notes: [] };
}

import type { Root } from 'mdast';
import { attributeValue, isJsx, walk } from './tree.ts';

/** A problem with a body's markup, at a position counted from the body's first line. */
export interface BodyProblem {
  line: number;
  column: number;
  message: string;
}

/** The components a case body may use; a body is content, not code. */
export const BODY_COMPONENTS = {
  /** `<Stat id="…" />`: states a statistic declared in the frontmatter. */
  Stat: { attributes: ['id'], children: false },
  /** `<NotClaim>…</NotClaim>`: a number that reads like a claim but is not one. */
  NotClaim: { attributes: [], children: true },
} as const;

// Links and images may only lead to the web, mail, a phone number or within the site. Browsers ignore
// control characters and spaces inside a scheme (`java\tscript:`), so those are removed before reading it.
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const isSafeUrl = (url: string) => {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
};

/**
 * Everything in a body that is code rather than content: imports and
 * exports, `{…}` expressions (comments `{/* … *\/}` are allowed), tags other
 * than Casebook's components, attributes they do not take, and links to
 * anything but web, mail, phone or site addresses (`javascript:` …).
 */
export function contentProblems(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const at = (node: { position?: { start: { line: number; column: number } } }, message: string) =>
    problems.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message });
  walk(tree, (node) => {
    if (node.type === 'mdxjsEsm') at(node, 'import and export are not allowed in a case body: a case is content, not code');
    else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) at(node, `{${node.value.trim().slice(0, 30)}} is code; a case body may hold only text and comments {/* … */}`);
    } else if (isJsx(node)) {
      const spec = node.name ? BODY_COMPONENTS[node.name as keyof typeof BODY_COMPONENTS] : undefined;
      if (!spec) {
        at(node, `<${node.name ?? ''}> is not allowed in a case body: use Markdown, <Stat id="…" /> or <NotClaim>…</NotClaim> (write \\< for a literal "<")`);
        return;
      }
      for (const attribute of node.attributes) {
        const name = attribute.type === 'mdxJsxAttribute' ? attribute.name : '{…}';
        const allowed: readonly string[] = spec.attributes;
        if (!allowed.includes(name) || (attribute.type === 'mdxJsxAttribute' && typeof attribute.value !== 'string')) {
          at(node, `<${node.name}> takes ${allowed.length ? allowed.map((item) => `${item}="…"`).join(' ') : 'no attributes'}, not ${name}`);
        }
      }
      if (!spec.children && node.children.length > 0) at(node, `<${node.name} /> takes no content: write <${node.name} id="…" />`);
      if (node.name === 'Stat' && !attributeValue(node, 'id')) at(node, '<Stat /> needs an id, e.g. <Stat id="park-count" />');
    } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) {
      at(node, `link to "${node.url.slice(0, 40)}" is not allowed: links may lead to http(s), mailto, tel or a page of this site`);
    }
  });
  return problems;
}

/** Every `<Stat id>` in the body, in order, with where it stands. The one place bodies are read for statistics. */
export function statTags(tree: Root): { id: string; line: number; column: number }[] {
  const tags: { id: string; line: number; column: number }[] = [];
  walk(tree, (node) => {
    if (!isJsx(node) || node.name !== 'Stat') return;
    const id = attributeValue(node, 'id');
    if (id) tags.push({ id, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
  });
  return tags;
}

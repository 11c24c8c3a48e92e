import type { Heading, Nodes, Parents, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import GithubSlugger from 'github-slugger';

/** A JSX tag in a body: `<Stat id="…" />` or `<NotClaim>…</NotClaim>`. */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Whether a node is a JSX tag. */
export function isJsx(node: Nodes): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** The literal string value of a tag's attribute, if it has one. */
export function attributeValue(element: JsxElement, name: string): string | undefined {
  const attribute = element.attributes.find((item): item is MdxJsxAttribute => item.type === 'mdxJsxAttribute' && item.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/**
 * Calls `visit` on every node in document order, parents before children.
 * Uses its own stack rather than recursion, so no depth of nesting can
 * overflow it.
 */
export function walk(node: Nodes, visit: (node: Nodes, parent: Parents | undefined) => void, parent?: Parents): void {
  const stack: [Nodes, Parents | undefined][] = [[node, parent]];
  while (stack.length) {
    const [current, above] = stack.pop()!;
    visit(current, above);
    if ('children' in current) for (let index = current.children.length - 1; index >= 0; index--) stack.push([current.children[index] as Nodes, current]);
  }
}

/**
 * The text a reader sees for a node: `<Stat>` becomes its figure (looked up
 * in `figures`), `<NotClaim>` its content, code its source; blocks are joined
 * by line breaks, so each paragraph stays on one line. Uses its own stack,
 * like `walk`.
 */
export function readerText(node: Nodes, figures: ReadonlyMap<string, string>): string {
  const own = ownText(node, figures);
  if (own !== undefined) return own;
  const stack: { node: Parents; parts: string[]; next: number }[] = [{ node: node as Parents, parts: [], next: 0 }];
  for (;;) {
    const frame = stack.at(-1)!;
    const child = frame.node.children[frame.next++] as Nodes | undefined;
    if (child) {
      const text = ownText(child, figures);
      if (text === undefined) stack.push({ node: child as Parents, parts: [], next: 0 });
      else frame.parts.push(text);
      continue;
    }
    stack.pop();
    const text = joined(frame.node, frame.parts);
    if (!stack.length) return text;
    stack.at(-1)!.parts.push(text);
  }
}

/** A node's text when it has no children to read; undefined for a parent. */
function ownText(node: Nodes, figures: ReadonlyMap<string, string>): string | undefined {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'image') return node.alt ?? '';
  if (isJsx(node) && node.name === 'Stat') return figures.get(attributeValue(node, 'id') ?? '') ?? '';
  if (!('children' in node)) return '';
  return undefined;
}

/** A parent's text from its children's: blocks one per line, table cells apart, inline runs joined. */
function joined(node: Parents, parts: string[]): string {
  const block = node.type === 'root' || node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem' || node.type === 'table' || node.type === 'footnoteDefinition' || (isJsx(node) && node.type === 'mdxJsxFlowElement');
  if (node.type === 'tableRow') return parts.join(' ');
  return block ? parts.filter(Boolean).join('\n') : parts.join('');
}

/** A heading of a body with the id it gets on the page. */
export interface BodyHeading {
  depth: number;
  /** The element id, the same github-slugger slug Astro gives headings. */
  slug: string;
  text: string;
}

/**
 * Gives every heading of the body its page id, in document order, once:
 * the HTML renderer and the search sections both read this map, so a search
 * result always links to the heading the page really has.
 */
export function headingSlugs(tree: Root, figures: ReadonlyMap<string, string>): Map<Heading, BodyHeading> {
  const slugger = new GithubSlugger();
  const slugs = new Map<Heading, BodyHeading>();
  walk(tree, (node) => {
    if (node.type !== 'heading') return;
    const text = readerText(node, figures).trim();
    let slug = slugger.slug(text);
    // A heading never takes an id the page gives its own parts: `### main` would take the skip link's target.
    if (PAGE_IDS.test(slug)) slug = slugger.slug(`section-${slug}`);
    slugs.set(node, { depth: node.depth, slug, text });
  });
  return slugs;
}

/**
 * Ids a case page gives its own parts (src/layouts, src/components, src/pages/cases/[id].astro): the main
 * content (the skip link's target), the headings of the contents, key statistics, data table, sources,
 * related cases and citation, each statistic's row (`stat-<id>`), each source (`source-<id>`), each chart and
 * its table (`chart-<n>`), and the footnotes the renderer makes (`user-content-fn-1`, `footnote-label`).
 * A body heading whose slug is one of them gets `section-` before it.
 */
export const PAGE_IDS = /^(?:main|footnote-label|toc-heading|stat-table-heading|sources-heading|related-heading|cite-heading|(?:.*-)?key-stats-heading|(?:stat|source|chart|user-content)-.*)$/;

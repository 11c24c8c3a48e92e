import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Heading, Root } from 'mdast';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { attributeValue, type BodyHeading, type JsxElement } from './tree.ts';
import { siteUrl } from '../../domain/urls.ts';
import { ui } from '../../site.config.ts';

/** What a `<Stat>` shows: the declared figure, and on hover what it measures and where it comes from. */
export interface StatView {
  figure: string;
  /** Hover text: `subject · metric · period`, then the source (`ui.body.statSource`). */
  about: string;
}

/** A rendered body: HTML and its headings, as Astro's `render()` returns them. */
export interface RenderedBody {
  html: string;
  headings: BodyHeading[];
}

/**
 * Renders a checked body tree to HTML. `<Stat id>` becomes a link to the
 * statistic's row in the page's data table showing the declared figure (so
 * prose and data cannot drift); `<NotClaim>` renders its content; headings
 * get the ids in `slugs`. Every text and attribute is escaped; the tree has
 * already been checked to hold no code (see `contentProblems`). Links to a
 * page of this site go under the site's base path.
 */
export function renderBody(tree: Root, stats: ReadonlyMap<string, StatView>, slugs: ReadonlyMap<Heading, BodyHeading>): RenderedBody {
  const jsx: Handler = (state: State, node: JsxElement): ElementContent | ElementContent[] | undefined => {
    if (node.name === 'NotClaim') return state.all(node);
    if (node.name !== 'Stat') return undefined;
    const id = attributeValue(node, 'id') ?? '';
    const stat = stats.get(id);
    if (!stat) return { type: 'text', value: '' };
    return {
      type: 'element',
      tagName: 'a',
      properties: { className: ['stat'], href: `#stat-${id}`, title: stat.about, dataStat: id },
      children: [{ type: 'text', value: stat.figure }],
    };
  };
  const heading: Handler = (state: State, node: Heading): Element => {
    const element: Element = { type: 'element', tagName: `h${node.depth}`, properties: {}, children: state.all(node) };
    const slug = slugs.get(node)?.slug;
    if (slug) element.properties.id = slug;
    state.patch(node, element);
    return element;
  };
  const nothing: Handler = () => undefined;
  const hast = toHast(tree, {
    handlers: { heading, mdxJsxFlowElement: jsx, mdxJsxTextElement: jsx, mdxjsEsm: nothing, mdxFlowExpression: nothing, mdxTextExpression: nothing },
    footnoteLabel: ui.body.footnoteLabel,
    footnoteBackLabel: (index) => ui.body.footnoteBack(index),
  }) as HastRoot;
  underBase(hast);
  return { html: toHtml(hast), headings: [...slugs.values()] };
}

/** Links and images to a page of this site (`/cases/…`) go under the path the site is served under. Its own stack, like `walk`. */
function underBase(root: HastRoot): void {
  const stack: (HastRoot | ElementContent)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'element') {
      for (const name of ['href', 'src'] as const) {
        const value = node.properties[name];
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) node.properties[name] = siteUrl(value);
      }
    }
    if ('children' in node) for (const child of node.children) stack.push(child as ElementContent);
  }
}

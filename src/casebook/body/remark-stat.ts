import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** The frontmatter fields of a statistic that `<Stat />` renders. */
interface StatFrontmatter {
  id?: unknown;
  figure?: unknown;
  subject?: unknown;
  metric?: unknown;
  period?: unknown;
  source?: unknown;
}

/**
 * Remark plugin: binds every `<Stat id="…" />` in an MDX body to the
 * statistic of that id in the same file's frontmatter, at compile time. The
 * figure the reader sees is therefore the declared one, so prose and data
 * cannot drift. An id that is not declared stops the build at its line.
 */
export function remarkStat() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: { stats?: StatFrontmatter[] } } }).astro?.frontmatter;
    const stats = new Map((frontmatter?.stats ?? []).map((stat) => [String(stat.id), stat]));
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      if (element.name !== 'Stat') return;
      const idAttribute = element.attributes.find(
        (attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id',
      );
      const id = typeof idAttribute?.value === 'string' ? idAttribute.value : undefined;
      if (!id) file.fail('<Stat /> needs an id, e.g. <Stat id="park-count" />', element);
      const stat = stats.get(id);
      if (!stat) {
        const known = [...stats.keys()];
        file.fail(
          `<Stat id="${id}" /> names no statistic in this file's frontmatter${known.length ? ` (declared: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''})` : ''}`,
          element,
        );
      }
      const attribute = (name: string, value: unknown): MdxJsxAttribute[] =>
        value === undefined || value === null ? [] : [{ type: 'mdxJsxAttribute', name, value: String(value) }];
      element.attributes = [
        { type: 'mdxJsxAttribute', name: 'id', value: id },
        ...attribute('figure', stat.figure),
        ...attribute('subject', stat.subject),
        ...attribute('metric', stat.metric),
        ...attribute('period', stat.period),
        ...attribute('source', stat.source),
      ];
    });
  };
}

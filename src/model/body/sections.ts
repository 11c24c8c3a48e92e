import type { Heading, Nodes, Root } from 'mdast';
import { readerText, type BodyHeading } from './tree.ts';

/** A searchable stretch of a case body: the text under one heading. */
export interface BodySection {
  /** The heading's id on the rendered page, empty for text before the first heading. */
  anchor: string;
  heading: string;
  /** Plain text a reader sees: figures filled in, one line per paragraph. */
  text: string;
}

/**
 * Splits a body tree into sections at its `##` and `###` headings, as plain
 * text a reader would see: each `<Stat id>` becomes its figure, so a search
 * for "2.6亿元" finds the sentence that states it.
 */
export function bodySections(tree: Root, figures: ReadonlyMap<string, string>, slugs: ReadonlyMap<Heading, BodyHeading>): BodySection[] {
  const sections: BodySection[] = [];
  let current: BodySection = { anchor: '', heading: '', text: '' };
  let blocks: string[] = [];
  const flush = () => {
    current.text = blocks.filter(Boolean).join('\n');
    if (current.text || current.heading) sections.push(current);
    blocks = [];
  };
  for (const node of tree.children as Nodes[]) {
    if (node.type === 'heading' && node.depth >= 2 && node.depth <= 3) {
      flush();
      const heading = slugs.get(node);
      current = { anchor: heading?.slug ?? '', heading: heading?.text ?? '', text: '' };
    } else {
      blocks.push(readerText(node, figures).replace(/[ \t]*\n[ \t]*(?=\n)/g, '').trim());
    }
  }
  flush();
  return sections;
}

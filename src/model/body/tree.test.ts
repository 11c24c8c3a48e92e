import { describe, expect, it } from 'vitest';
import type { Nodes, Root } from 'mdast';
import { parseBody } from './parse.ts';
import { readerText, walk } from './tree.ts';
import { proseClaims } from './prose-claims.ts';

/** Emphasis `depth` levels deep around one text, built directly (the parser is not safe that deep). */
function deepTree(depth: number): Root {
  let node: Nodes = { type: 'text', value: '12家' };
  for (let level = 0; level < depth; level++) node = { type: 'emphasis', children: [node] } as Nodes;
  return { type: 'root', children: [{ type: 'paragraph', children: [node as never] }] };
}

describe('walking a body tree', () => {
  it('visits parents before children, in document order, with their parents', () => {
    const parsed = parseBody('## 背景\n\n甲**乙**<Stat id="a" />\n\n- 丙');
    if (!parsed.ok) throw new Error(parsed.error.message);
    const seen: string[] = [];
    walk(parsed.tree, (node, parent) => seen.push(`${node.type}<${parent?.type ?? ''}`));
    expect(seen).toEqual([
      'root<',
      'heading<root',
      'text<heading',
      'paragraph<root',
      'text<paragraph',
      'strong<paragraph',
      'text<strong',
      'mdxJsxTextElement<paragraph',
      'list<root',
      'listItem<list',
      'paragraph<listItem',
      'text<paragraph',
    ]);
    expect(readerText(parsed.tree, new Map([['a', '12家']]))).toBe('背景\n甲乙12家\n丙');
  });

  it('walks and reads a tree 100,000 levels deep without running out of stack', () => {
    const tree = deepTree(100_000);
    let count = 0;
    walk(tree, () => count++);
    expect(count).toBe(100_003);
    expect(readerText(tree, new Map())).toBe('12家');
    expect(proseClaims(tree).map((claim) => claim.printed)).toEqual(['12家']);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { bodyLimitProblem, containerNesting, treeDepthProblem } from './limits.ts';
import { parseBody } from './parse.ts';

const problem = (body: string) => {
  const found = bodyLimitProblem(body);
  return found && `${found.line}:${found.column} ${found.message}`;
};

/** How deep lists, quotes and footnote definitions really stand in the parsed body. */
function containerDepth(body: string): number {
  const parsed = parseBody(body);
  if (!parsed.ok) return 0;
  let deepest = 0;
  const stack: [Nodes, number][] = [[parsed.tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    const level = depth + (node.type === 'blockquote' || node.type === 'listItem' || node.type === 'footnoteDefinition' ? 1 : 0);
    deepest = Math.max(deepest, level);
    if ('children' in node) for (const child of node.children) stack.push([child as Nodes, level]);
  }
  return deepest;
}

describe('nesting of lists, quotes and footnotes', () => {
  it('allows 20 levels and refuses 21, however they are written', () => {
    expect(problem('- '.repeat(20) + 'x')).toBeUndefined();
    expect(problem('- '.repeat(21) + 'x')).toBe('1:1 nesting 21 deep: lists and quotes may nest at most 20 levels');
    expect(problem('> - 1. '.repeat(7) + 'x')).toBe('1:1 nesting 21 deep: lists and quotes may nest at most 20 levels');
    expect(problem('[^a]: '.repeat(21) + 'x')).toBe('1:1 nesting 21 deep: lists and quotes may nest at most 20 levels');
    const indented = (depth: number, tab = false) =>
      Array.from({ length: depth }, (_, index) => `${tab ? '\t'.repeat(index) : '    '.repeat(index)}1. 第${index}层`).join('\n');
    expect(problem(indented(20))).toBeUndefined();
    expect(problem(indented(21))).toBe('21:81 nesting 21 deep: lists and quotes may nest at most 20 levels');
    expect(problem(indented(30, true))).toBe('21:21 nesting 21 deep: lists and quotes may nest at most 20 levels');
    expect(containerDepth(indented(21))).toBe(21);
  });

  it('counts a lazy line inside every container still open, and lets a blank line close them', () => {
    const list = Array.from({ length: 20 }, (_, index) => `${'  '.repeat(index)}- 第${index}层`).join('\n');
    const lazy = `${list}\n乙\n${'  '.repeat(20)}- 丙`;
    expect(containerDepth(lazy)).toBe(21);
    expect(problem(lazy)).toBe('22:41 nesting 21 deep: lists and quotes may nest at most 20 levels');
    const closed = `${list}\n\n乙\n\n${'  '.repeat(20)}- 丙`;
    expect(containerDepth(closed)).toBe(20);
    expect(problem(closed)).toBeUndefined();
  });

  it('reads a line of bullets as a thematic break, and ordinary text as no nesting', () => {
    expect(problem('* '.repeat(30).trim())).toBeUndefined();
    expect(problem('- - - 甲\n\n' + '—'.repeat(50) + '\n\n2022. 年度')).toBeUndefined();
  });

  it('never counts fewer levels than the parser builds', () => {
    const marker = fc.constantFrom('> ', '>', '- ', '* ', '+ ', '1. ', '2) ', '10. ', '[^a]: ', '-\t');
    const line = fc.oneof(
      { weight: 1, arbitrary: fc.constant('') },
      {
        weight: 6,
        arbitrary: fc
          .tuple(fc.integer({ min: 0, max: 24 }), fc.boolean(), fc.array(marker, { maxLength: 4 }), fc.constantFrom('甲', '乙丙', '', '***', '- - -', '```', '    code'))
          .map(([indent, tabs, markers, text]) => (tabs ? '\t'.repeat(indent >> 2) : ' '.repeat(indent)) + markers.join('') + text),
      },
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), (lines) => {
        const body = lines.join('\n');
        expect(containerNesting(body)).toBeGreaterThanOrEqual(containerDepth(body));
      }),
      { numRuns: 400 },
    );
  });
});

describe('tags, marks, lines and size', () => {
  it('counts tags as they open and close, not addresses, code or a tag in an attribute', () => {
    const closed = '<NotClaim>甲</NotClaim><Stat id="a" /><Stat id="b/>" />\n';
    expect(problem(closed.repeat(40))).toBeUndefined();
    expect(problem('`<NotClaim>` 与 \\<NotClaim>，<https://example.org>，<a@b.cn>\n\n'.repeat(30))).toBeUndefined();
    expect(problem('<NotClaim a={x ///>\n}>\n\n'.repeat(21))).toBe('61:1 nesting 21 deep: tags may nest at most 20 levels');
    expect(problem('甲<中文>'.repeat(21))).toBe('1:102 nesting 21 deep: tags may nest at most 20 levels');
  });

  it('counts the marks of a paragraph up to its blank line', () => {
    expect(problem('**甲**'.repeat(125))).toBeUndefined();
    expect(problem(`起\n${'**甲**\n'.repeat(125)}*\n\n后`)).toBe(
      '1:1 paragraph with 501 of the marks * _ ~ [ <: a paragraph may hold at most 500 (emphasis, links and tags are made of them); split it',
    );
    expect(problem('**甲**\n\n'.repeat(1000))).toBeUndefined();
  });

  it('names a line too deep in a body too large at its line, and otherwise the size', () => {
    expect(problem('文'.repeat(9000) + '\n' + '>'.repeat(30))).toBe('2:1 nesting 30 deep: lists and quotes may nest at most 20 levels');
    expect(problem(`${'文'.repeat(9000)}\n\n`.repeat(20))).toBe('1:1 the body is 528 KB: a case body may be at most 512 KB');
    expect(problem(`${'文'.repeat(9000)}\n\n`.repeat(19))).toBeUndefined();
  });

  it('reads even a huge body in bounded time', () => {
    const started = performance.now();
    expect(problem(Array.from({ length: 3000 }, (_, index) => `${'  '.repeat(index)}- x`).join('\n'))).toBe(
      '21:41 nesting 21 deep: lists and quotes may nest at most 20 levels',
    );
    expect(problem('>'.repeat(9_999))).toBe('1:1 nesting 9999 deep: lists and quotes may nest at most 20 levels');
    // 10 MB on one line: only the first 512 K characters are read.
    expect(problem('- '.repeat(5_000_000))).toBe('1:1 line of 524288 characters: a line may be at most 10000; start a new paragraph (a blank line) where the text allows');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('the depth of the parsed tree', () => {
  it('passes 100 levels and names the first node past them', () => {
    const emphasis = (levels: number) => {
      const parsed = parseBody(`${'*甲 '.repeat(levels)}乙${' 丙*'.repeat(levels)}`);
      if (!parsed.ok) throw new Error(parsed.error.message);
      return treeDepthProblem(parsed.tree);
    };
    expect(emphasis(98)).toBeUndefined();
    expect(emphasis(110)).toEqual({ line: 1, column: 296, message: 'nesting 112 deep: lists, quotes, tags, emphasis and links may nest at most 100 levels in all' });
  });
});

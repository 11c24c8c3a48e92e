import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** README.md and every Markdown page of docs/, relative to the root. */
function pages(): string[] {
  const docs = (readdirSync(path.join(root, 'docs'), { recursive: true }) as string[])
    .map((name) => `docs/${name.split(path.sep).join('/')}`)
    .filter((name) => name.endsWith('.md'));
  return ['README.md', ...docs.sort()];
}

/** Calls `each` on every node of the tree of the given type (all nodes without a type), depth first. */
function visit(tree: Nodes, type: string | ((node: Nodes) => void), each?: (node: Nodes) => void): void {
  const [wanted, callback] = typeof type === 'string' ? [type, each!] : [undefined, type];
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (!wanted || node.type === wanted) callback(node);
    if ('children' in node) stack.push(...[...node.children].reverse());
  }
}

/** The text of a node as GitHub reads a heading for its anchor: text and code, no markup. */
const textOf = (node: Nodes): string => ('value' in node && node.type !== 'html' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');

const parse = (page: string): Root => unified().use(remarkParse).use(remarkGfm).parse(readFileSync(path.join(root, page), 'utf8'));

/** The anchors GitHub gives a page's headings (lower case, punctuation dropped, Chinese kept, repeats numbered). */
function anchorsOf(page: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(parse(page), 'heading', (heading) => {
    anchors.add(slugger.slug(textOf(heading)));
  });
  return anchors;
}

/** Every link, image and link definition of a page that stays in the repository, with its line. */
function localLinks(page: string): { url: string; line: number }[] {
  const links: { url: string; line: number }[] = [];
  visit(parse(page), (node) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && 'url' in node) {
      const url = String(node.url);
      if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) links.push({ url, line: node.position?.start.line ?? 0 });
    }
  });
  return links;
}

describe('links in README.md and docs/', () => {
  const all = pages();
  const anchors = new Map<string, Set<string>>();
  const anchorsFor = (page: string) => anchors.get(page) ?? anchors.set(page, anchorsOf(page)).get(page)!;

  it('finds the manual', () => {
    expect(all).toContain('docs/README.md');
  });

  it('resolves every relative link and #anchor', () => {
    const broken: string[] = [];
    for (const page of all) {
      for (const { url, line } of localLinks(page)) {
        const [target, fragment] = url.split('#') as [string, string | undefined];
        const file = target === '' ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), decodeURI(target)));
        if (file.startsWith('..') || !existsSync(path.join(root, file))) {
          broken.push(`${page}:${line} ${url}: no file ${file}`);
          continue;
        }
        if (fragment === undefined) continue;
        if (!file.endsWith('.md') || statSync(path.join(root, file)).isDirectory()) {
          broken.push(`${page}:${line} ${url}: an anchor into a file that is not a Markdown page`);
        } else if (!anchorsFor(file).has(decodeURIComponent(fragment))) {
          broken.push(`${page}:${line} ${url}: ${file} has no heading with the anchor #${fragment}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('has no heading that continues a paragraph (a wrapped line that starts with #)', () => {
    const wrapped: string[] = [];
    for (const page of all) {
      const lines = readFileSync(path.join(root, page), 'utf8').split('\n');
      visit(parse(page), 'heading', (heading) => {
        const line = heading.position!.start.line;
        const before = lines[line - 2];
        if (before !== undefined && before.trim() !== '' && !/^(<!--.*-->|---)\s*$/.test(before)) wrapped.push(`${page}:${line} ${lines[line - 1]}`);
      });
    }
    expect(wrapped).toEqual([]);
  });
});

import type { Nodes, Root } from 'mdast';
import { findClaims } from '../../domain/figure/scan.ts';
import { isJsx, walk } from './tree.ts';

/** A number in the prose that reads as a claim, at its place in the body (1-based, from the body's first line). */
export interface ProseClaim {
  printed: string;
  line: number;
  column: number;
  /** The word after the number when the unit catalogue does not know it (`1861文`, `45 widget`). */
  unknownUnit?: string;
}

// Stands where a <Stat>, <NotClaim>, inline code or an image was, so no figure is read across it.
const GAP = '\u2063';

/** A claim found in a text of its own (a title, an alt text, inline code) that starts at `run.line`, `run.column`. */
function claimAt(claim: ReturnType<typeof findClaims>[number], run: { text: string; line: number; column: number }): ProseClaim {
  const lines = run.text.slice(0, claim.offset).split('\n');
  return {
    printed: claim.figure.printed,
    line: run.line + lines.length - 1,
    column: lines.length > 1 ? lines.at(-1)!.length + 1 : run.column + claim.offset,
    ...(claim.unknownUnit ? { unknownUnit: claim.unknownUnit } : {}),
  };
}

/**
 * The numbers a reader sees in the prose that read as claims (see
 * `findClaims`: Chinese and English prose alike, each by its own rules, so
 * `$180 million` or `230,000 persons` in an English body must be declared
 * as `2.6亿元` must), outside `<Stat>`, `<NotClaim>`, code blocks and comments; inline code, image
 * descriptions (alt text) and link and image titles are read too, each on its own. Each
 * paragraph, heading and table cell is scanned as one run of text, so a
 * figure split by emphasis (`**126**米`) is still found.
 */
export function proseClaims(tree: Root): ProseClaim[] {
  const claims: ProseClaim[] = [];
  walk(tree, (node) => {
    // A link definition's title (`[a]: /url "title"`) shows as a tooltip wherever the link is used.
    if (node.type === 'definition' && node.title && node.position) {
      for (const claim of findClaims(node.title)) claims.push(claimAt(claim, { text: node.title, line: node.position.start.line, column: node.position.start.column }));
      return;
    }
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
    const segments: { at: number; line: number; column: number }[] = [];
    // Texts a reader also sees, scanned apart from the paragraph: inline code, image descriptions, link and image titles.
    const own: { text: string; line: number; column: number }[] = [];
    let text = '';
    // The inline content in document order, read with a stack of its own rather than recursion (see `walk`).
    const pending = [...(node.children as Nodes[])].reverse();
    while (pending.length) {
      const child = pending.pop()!;
      if (child.type === 'text') {
        segments.push({ at: text.length, line: child.position?.start.line ?? 1, column: child.position?.start.column ?? 1 });
        text += child.value;
      } else if (child.type === 'inlineCode' || child.type === 'image') {
        // Code and image descriptions are read too, each on its own (a figure does not run into the prose around it).
        text += GAP;
        const start = child.position?.start;
        const [value, skip] = child.type === 'inlineCode' ? [child.value, 1] : [child.alt ?? '', 2];
        if (start) own.push({ text: value, line: start.line, column: start.column + skip });
        if (child.type === 'image' && child.title && start) own.push({ text: child.title, line: start.line, column: start.column });
      } else if (child.type === 'mdxTextExpression' || (isJsx(child) && (child.name === 'Stat' || child.name === 'NotClaim'))) {
        text += GAP;
      } else if (child.type === 'break') {
        text += '\n';
      } else if ('children' in child) {
        // A link's title shows as a tooltip: read like prose, at the link.
        if (child.type === 'link' && child.title && child.position) own.push({ text: child.title, line: child.position.start.line, column: child.position.start.column });
        for (let index = child.children.length - 1; index >= 0; index--) pending.push(child.children[index] as Nodes);
      }
    }
    for (const run of own) for (const claim of findClaims(run.text)) claims.push(claimAt(claim, run));
    for (const claim of findClaims(text)) {
      const segment = segments.findLast((item) => item.at <= claim.offset) ?? segments[0];
      if (!segment) continue;
      const before = text.slice(segment.at, claim.offset);
      const lines = before.split('\n');
      claims.push({
        printed: claim.figure.printed,
        line: segment.line + lines.length - 1,
        column: lines.length > 1 ? lines.at(-1)!.length + 1 : segment.column + before.length,
        ...(claim.unknownUnit ? { unknownUnit: claim.unknownUnit } : {}),
      });
    }
  });
  return claims;
}

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

// Stands where a <Stat>, <NotClaim> or inline code was, so no figure is read across it.
const GAP = '\u2063';

/**
 * The numbers a reader sees in the prose that read as claims (see
 * `findClaims`: Chinese and English prose alike, each by its own rules, so
 * `$180 million` or `230,000 persons` in an English body must be declared
 * as `2.6亿元` must), outside `<Stat>`, `<NotClaim>`, code and comments. Each
 * paragraph, heading and table cell is scanned as one run of text, so a
 * figure split by emphasis (`**126**米`) is still found.
 */
export function proseClaims(tree: Root): ProseClaim[] {
  const claims: ProseClaim[] = [];
  walk(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
    const segments: { at: number; line: number; column: number }[] = [];
    let text = '';
    // The inline content in document order, read with a stack of its own rather than recursion (see `walk`).
    const pending = [...(node.children as Nodes[])].reverse();
    while (pending.length) {
      const child = pending.pop()!;
      if (child.type === 'text') {
        segments.push({ at: text.length, line: child.position?.start.line ?? 1, column: child.position?.start.column ?? 1 });
        text += child.value;
      } else if (child.type === 'inlineCode' || child.type === 'mdxTextExpression' || (isJsx(child) && (child.name === 'Stat' || child.name === 'NotClaim'))) {
        text += GAP;
      } else if (child.type === 'break') {
        text += '\n';
      } else if ('children' in child) {
        for (let index = child.children.length - 1; index >= 0; index--) pending.push(child.children[index] as Nodes);
      }
    }
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

/**
 * Parts of a card that recur on card after card (the site's mark and name,
 * a series' label), laid out by satori once and reused.
 *
 * satori spends most of a card's time writing glyphs as path data, and the
 * mark and the label cost it as much as a case's title. A part the template
 * marks `recurring` is drawn with the whole card at first; once the part's
 * SVG is known, a card is laid out with an empty box of the part's size in
 * its place, and the part's SVG goes where that box's mark is. The result
 * is the SVG satori writes for the whole card, character for character: a
 * part's SVG is taken only from a card whose whole SVG proved to be its
 * empty-box SVG with the part in the box, and reused only in the same box,
 * within a parent of the same box (the room it was given), under the same
 * styles, at the same place in the tree. A part must not shrink: its size is
 * then its own, which an empty box can ask of its parent in its stead.
 */
import type { SatoriNode } from 'satori';
import type { CardNode } from './template.ts';
import { RecentlyUsed } from '../../domain/recently-used.ts';

/** Lays out a tree as satori does, reporting each node's box to `onNode`. */
export type DrawSvg = (tree: CardNode, onNode?: (node: SatoriNode) => void) => Promise<string>;

interface Size {
  width: number;
  height: number;
}

interface Box extends Size {
  left: number;
  top: number;
}

/** A recurring part found in a card's tree. */
interface Part {
  /** Its place in the tree: the child indexes from the root. */
  path: number[];
  node: CardNode;
  /** What its SVG depends on besides its box: itself, its place, and its ancestors' styles (which it inherits). */
  key: string;
  /** Its parent lays its children out top to bottom. */
  inColumn: boolean;
}

// Placeholders are painted in colours no card uses, so their marks in the SVG are found: a sentinel, not a colour of the
// design (their boxes are replaced before anything is drawn), hence a number here rather than a design token.
const MARKER_BASE = 0xfe0100;
const markerColour = (index: number) => `#${(MARKER_BASE + index).toString(16)}`;
// The most recurring parts one card may have (one marker colour each); past them a card is drawn whole.
const MOST_PARTS = 256;
// Style properties that place a box among its siblings rather than shape what it holds: a placeholder keeps them.
const PLACING = /^(?:margin|position$|top$|left$|right$|bottom$|alignSelf$)/;
const KEY = /^recurring-(\d+)$/;
const PARENT_KEY = /^recurring-in-(\d+)$/;
// Sizes and drawings a thread keeps: every series' label and place of a large casebook several times over, in a few MB.
const KEPT = 1024;

/** The recurring parts of `tree`, in the order satori draws them (depth first, children in order). */
function partsOf(tree: CardNode): Part[] {
  const parts: Part[] = [];
  const visit = (node: CardNode, path: number[], styles: string, inColumn: boolean) => {
    // A part that may shrink takes a size its neighbours decide, which its placeholder could not copy; the whole card
    // cannot be a part of itself.
    if (node.recurring && node.props.style?.flexShrink === 0 && path.length > 0) {
      parts.push({ path, node, key: `${path.join('.')}|${styles}|${JSON.stringify(node)}`, inColumn });
      return;
    }
    const style = node.props.style ?? {};
    const inherited = `${styles}${JSON.stringify(style)}`;
    const children = node.props.children;
    const list = Array.isArray(children) ? children : children === undefined ? [] : [children];
    list.forEach((child, index) => {
      if (typeof child !== 'string') visit(child, [...path, index], inherited, String(style.flexDirection ?? 'row').startsWith('column'));
    });
  };
  visit(tree, [], '', false);
  return parts;
}

/** `tree` with the node at `path` replaced by `replacement`. */
function replaced(tree: CardNode, path: number[], replacement: CardNode): CardNode {
  if (path.length === 0) return replacement;
  const [index, ...rest] = path as [number, ...number[]];
  const children = tree.props.children;
  if (!Array.isArray(children)) return { ...tree, props: { ...tree.props, children: replaced(children as CardNode, rest, replacement) } };
  const list = [...children];
  list[index] = replaced(list[index] as CardNode, rest, replacement);
  return { ...tree, props: { ...tree.props, children: list } };
}

/**
 * An empty box in the part's place, painted in its marker's colour, that
 * asks of its parent what the part asks. Along the parent's direction it is
 * the part's length (a part does not shrink). Across, in a column it takes
 * the width the column gives it, as the part does, without asking for any:
 * where a neighbour leaves the column narrower than when the part was drawn,
 * the box comes out narrower and the part is drawn again. In a row it is at
 * least the part's height, and stretched as the part would be.
 */
function placeholder(part: Part, size: Size, index: number): CardNode {
  const own = part.node.props.style ?? {};
  const placing = Object.fromEntries(Object.entries(own).filter(([name]) => PLACING.test(name)));
  const sized = Object.fromEntries(Object.entries(own).filter(([name]) => name === 'width' || name === 'height'));
  const box = part.inColumn ? { height: size.height } : { width: size.width, minHeight: size.height };
  return { type: 'div', key: `recurring-${index}`, props: { style: { ...placing, display: 'flex', ...sized, ...box, flexGrow: 0, flexShrink: 0, background: markerColour(index) } } };
}

/** The mark a placeholder leaves in satori's SVG: the mask satori writes for a painted box, and the box. */
const markerPattern = (index: number) => new RegExp(`(?:<mask id="[^"]*"><rect [^>]*/></mask>)?<rect [^>]*fill="${markerColour(index)}"/>`);

/** The index in a key a part, its placeholder (`recurring-<index>`) or its parent (`recurring-in-<index>`) is drawn with. */
const indexOf = (key: SatoriNode['key'], pattern = KEY) => {
  const match = typeof key === 'string' ? pattern.exec(key) : null;
  return match ? Number(match[1]) : undefined;
};

/** The node at `path` in `tree`. */
const nodeAt = (tree: CardNode, path: number[]): CardNode =>
  path.reduce((node, index) => {
    const children = node.props.children;
    return (Array.isArray(children) ? children[index] : children) as CardNode;
  }, tree);


const boxName = ({ left, top, width, height }: Box) => `${left},${top},${width}x${height}`;

/**
 * What `whole` holds in each marker's place of `empty`, or undefined when
 * `whole` is not `empty` with something in each marker's place, or when
 * where one part ends and the next begins cannot be told for sure.
 */
export function partsBetweenMarkers(empty: string, whole: string, count: number): string[] | undefined {
  const between: string[] = [];
  let rest = empty;
  for (let index = 0; index < count; index++) {
    const match = markerPattern(index).exec(rest);
    if (!match) return undefined;
    between.push(rest.slice(0, match.index));
    rest = rest.slice(match.index + match[0].length);
  }
  between.push(rest);
  if (!whole.startsWith(between[0]!) || !whole.endsWith(rest)) return undefined;
  const parts: string[] = [];
  let at = between[0]!.length;
  for (let index = 1; index < count; index++) {
    const next = between[index]!;
    // The text between two parts must be there, and only once, for the cut between them to be certain.
    const found = next === '' ? -1 : whole.indexOf(next, at);
    if (found < 0 || whole.indexOf(next, found + 1) >= 0) return undefined;
    parts.push(whole.slice(at, found));
    at = found + next.length;
  }
  const end = whole.length - rest.length;
  if (end < at) return undefined;
  parts.push(whole.slice(at, end));
  return parts;
}

/** For one thread and one set of fonts: the recurring parts' sizes, and their SVG in the boxes they were drawn in. */
export class RecurringParts {
  private readonly sizes = new RecentlyUsed<string, Size>(KEPT);
  // By part, its box and its parent's box: a part may land in a few places (a label under a title of one line or of
  // two), and its parent's box stands for the room it was given (the width a label is stretched to).
  private readonly drawn = new RecentlyUsed<string, string>(KEPT);

  /** The SVG of the card `tree`: what `draw` writes for the whole tree. */
  async svg(tree: CardNode, draw: DrawSvg): Promise<string> {
    const parts = partsOf(tree);
    if (parts.length === 0 || parts.length > MOST_PARTS) return draw(tree);
    const sizes = parts.map((part) => this.sizes.get(part.key));
    if (sizes.some((size) => size === undefined)) return this.drawWhole(tree, parts, draw);
    const boxes: (Box | undefined)[] = parts.map(() => undefined);
    // A part's parent by its place in the tree: siblings share one, which carries the key of the last of them.
    const parents = parts.map((part) => part.path.slice(0, -1));
    const parentBoxes = new Map<string, Box>();
    const withParents = parts.reduce((current, _, index) => replaced(current, parents[index]!, { ...nodeAt(current, parents[index]!), key: `recurring-in-${index}` }), tree);
    const emptyTree = parts.reduce((current, part, index) => replaced(current, part.path, placeholder(part, sizes[index]!, index)), withParents);
    const empty = await draw(emptyTree, (node) => {
      const box = { left: node.left, top: node.top, width: node.width, height: node.height };
      const index = indexOf(node.key);
      if (index !== undefined) boxes[index] = box;
      const parent = indexOf(node.key, PARENT_KEY);
      if (parent !== undefined) parentBoxes.set(parents[parent]!.join(), box);
    });
    const names = parts.map((part, index) => {
      const parentBox = parentBoxes.get(parents[index]!.join());
      return boxes[index] && parentBox && `${part.key}@${boxName(boxes[index])}@${boxName(parentBox)}`;
    });
    const kept = names.map((name) => (name ? this.drawn.get(name) : undefined));
    if (kept.every((svg) => svg !== undefined)) return parts.reduce((svg, _, index) => svg.replace(markerPattern(index), () => kept[index]!), empty);
    const whole = await draw(tree);
    partsBetweenMarkers(empty, whole, parts.length)?.forEach((svg, index) => {
      if (names[index]) this.drawn.set(names[index], svg);
    });
    return whole;
  }

  /** Draws the whole card, noting each part's size. */
  private drawWhole(tree: CardNode, parts: Part[], draw: DrawSvg): Promise<string> {
    const keyed = parts.reduce((current, part, index) => replaced(current, part.path, { ...part.node, key: `recurring-${index}` }), tree);
    return draw(keyed, (node) => {
      const index = indexOf(node.key);
      if (index !== undefined) this.sizes.set(parts[index]!.key, { width: node.width, height: node.height });
    });
  }
}

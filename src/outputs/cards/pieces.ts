/**
 * A card's SVG cut into the parts that paint something, so resvg draws each
 * on a canvas the size of its box rather than the whole card. Drawing costs
 * resvg about 5 ns a pixel of canvas whatever is on it (a 1200×630 canvas
 * with nothing on it cost 3.7 ms, a third of drawing a card), while a card's
 * text covers well under half of it; the rest is the card's paper.
 *
 * Every element of a card is a solid fill over an opaque background, so a
 * pixel's colour depends only on the elements whose box covers it: elements
 * whose boxes touch are drawn together, in their order, over the paper
 * colour, and a pixel no box covers is the paper. Anything this cannot
 * vouch for (a mask or clip in use, an image, a stroke, a transform, a path
 * in relative commands without a box) leaves the card to be drawn whole.
 */

/** One part of a card: its box in card pixels, and an SVG of that box alone (same coordinates, cropped by its viewBox). */
export interface CardPiece {
  x: number;
  y: number;
  width: number;
  height: number;
  svg: string;
}

/** A card's SVG as its paper colour and the pieces painted on it. */
export interface CardPieces {
  /** The full-card rectangle's colour, `#rrggbb`. */
  paper: string;
  pieces: CardPiece[];
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const NS = 'xmlns="http://www.w3.org/2000/svg"';
// Anything that paints outside its own element's box, or draws something this module cannot bound.
const UNSAFE = /mask="|clip-path="|filter="|<image|<pattern|<linearGradient|<radialGradient|<use|<text|stroke|transform|<clipPath|<defs/;

const ATTRIBUTES = Object.fromEntries(['x', 'y', 'width', 'height'].map((name) => [name, new RegExp(` ${name}="(-?[0-9.]+)"`)]));
const attribute = (tag: string, name: string): number | undefined => {
  const match = ATTRIBUTES[name]!.exec(tag);
  return match ? Number(match[1]) : undefined;
};

/**
 * The bounds of absolute path data (M, L, Q, C, Z, as satori writes glyph
 * outlines) into `into`: the control points bound the curves. False for any other
 * command, whose numbers are not all points.
 */
function pathBounds(text: string, into: Box): boolean {
  // Bytes read faster than a string's characters (path data is ASCII).
  const d = Buffer.from(text, 'latin1');
  let index = 0;
  let isX = true;
  const length = d.length;
  // Numbers are read here rather than by Number(slice): a card's outlines hold tens of thousands of them.
  while (index < length) {
    let code = d[index]!;
    if ((code >= 48 && code <= 57) || code === 45 || code === 46) {
      const negative = code === 45;
      if (negative) index++;
      let whole = 0;
      let fraction = 0;
      let scale = 1;
      let digits = 0;
      for (; index < length; index++) {
        code = d[index]!;
        if (code < 48 || code > 57) break;
        whole = whole * 10 + (code - 48);
        digits++;
      }
      if (code === 46 && index < length) {
        for (index++; index < length; index++) {
          code = d[index]!;
          if (code < 48 || code > 57) break;
          fraction = fraction * 10 + (code - 48);
          scale *= 10;
          digits++;
        }
      }
      // A lone sign or point, a second point or an exponent: not data this reads.
      if (digits === 0 || (index < length && (code === 46 || code === 101 || code === 69))) return false;
      const magnitude = whole + fraction / scale;
      const value = negative ? -magnitude : magnitude;
      if (isX) {
        if (value < into.left) into.left = value;
        if (value > into.right) into.right = value;
      } else {
        if (value < into.top) into.top = value;
        if (value > into.bottom) into.bottom = value;
      }
      isX = !isX;
      continue;
    }
    // M L Q C Z, spaces and commas; any other command (H V A, relative ones) is refused.
    if (code !== 77 && code !== 76 && code !== 81 && code !== 67 && code !== 90 && code !== 32 && code !== 44) return false;
    index++;
  }
  return isX;
}

/**
 * An element without its path data (`d="…"` emptied), and the path data
 * apart: the tests for what an element is then read a few dozen characters,
 * not the kilobytes of its glyph outlines.
 */
function withoutPathData(element: string): { skeleton: string; paths: string[] } {
  const paths: string[] = [];
  let skeleton = '';
  let from = 0;
  for (let at = element.indexOf(' d="'); at >= 0; at = element.indexOf(' d="', from)) {
    const close = element.indexOf('"', at + 4);
    if (close < 0) break;
    skeleton += element.slice(from, at + 4);
    paths.push(element.slice(at + 4, close));
    from = close;
  }
  return { skeleton: skeleton + element.slice(from), paths };
}

/** The box an element paints in, or undefined when it cannot be bounded or may paint outside its box. */
function elementBox(element: string): Box | undefined {
  const { skeleton, paths } = withoutPathData(element);
  if (UNSAFE.test(skeleton)) return undefined;
  const box: Box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  const tags = skeleton.match(/<(?:path|rect)\b[^>]*>/g) ?? [];
  if (tags.length === 0 || skeleton.replace(/<(?:path|rect)\b[^>]*\/>/g, '').replace(/^<g>|<\/g>$/g, '') !== '') return undefined;
  let path = 0;
  for (const tag of tags) {
    const x = attribute(tag, 'x');
    const y = attribute(tag, 'y');
    const width = attribute(tag, 'width');
    const height = attribute(tag, 'height');
    const d = tag.includes(' d=""') ? paths[path++] : undefined;
    if (x !== undefined && y !== undefined && width !== undefined && height !== undefined) {
      // A rectangle, or a path satori gives its box (the site mark's rounded square).
      box.left = Math.min(box.left, x);
      box.top = Math.min(box.top, y);
      box.right = Math.max(box.right, x + width);
      box.bottom = Math.max(box.bottom, y + height);
      continue;
    }
    if (d === undefined || !tag.startsWith('<path') || !pathBounds(d, box)) return undefined;
  }
  if (!(box.left <= box.right && box.top <= box.bottom)) return undefined;
  // Whole pixels, and one more on every side for the edge antialiasing touches.
  return { left: Math.floor(box.left) - 1, top: Math.floor(box.top) - 1, right: Math.ceil(box.right) + 1, bottom: Math.ceil(box.bottom) + 1 };
}

const touches = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Cuts a satori SVG of `width`×`height` into its paper colour and pieces,
 * or returns undefined when the card must be drawn whole.
 */
export function cardPieces(svg: string, width: number, height: number): CardPieces | undefined {
  const head = `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${NS}>`;
  if (!svg.startsWith(head) || !svg.endsWith('</svg>')) return undefined;
  const body = svg.slice(head.length, -'</svg>'.length);
  const elements: string[] = [];
  let index = 0;
  while (index < body.length) {
    let end: number;
    if (body.startsWith('<mask ', index)) {
      // Defined for overflow clipping; paints nothing unless an element refers to it, which elementBox refuses.
      end = body.indexOf('</mask>', index) + '</mask>'.length;
      if (end < index + 7) return undefined;
      index = end;
      continue;
    }
    if (body.startsWith('<g>', index)) end = body.indexOf('</g>', index) + '</g>'.length;
    else if (body.startsWith('<path ', index) || body.startsWith('<rect ', index)) end = body.indexOf('/>', index) + 2;
    else return undefined;
    if (end <= index + 2) return undefined;
    elements.push(body.slice(index, end));
    index = end;
  }
  const paper = /^<rect x="0" y="0" width="(\d+)" height="(\d+)" fill="(#[0-9a-f]{6})"\/>$/.exec(elements[0] ?? '');
  if (!paper || Number(paper[1]) !== width || Number(paper[2]) !== height) return undefined;
  // Groups of elements whose boxes touch, each with the indexes of its elements (kept in painting order).
  let groups: { box: Box; members: number[] }[] = [];
  for (let member = 1; member < elements.length; member++) {
    const found = elementBox(elements[member]!);
    if (!found) return undefined;
    let box = found;
    let members = [member];
    // Joining two groups grows the box, which may then touch a third: repeat until nothing touches.
    for (let merged = true; merged; ) {
      merged = false;
      const rest: typeof groups = [];
      for (const group of groups) {
        if (touches(group.box, box)) {
          box = { left: Math.min(box.left, group.box.left), top: Math.min(box.top, group.box.top), right: Math.max(box.right, group.box.right), bottom: Math.max(box.bottom, group.box.bottom) };
          members = [...group.members, ...members];
          merged = true;
        } else rest.push(group);
      }
      groups = rest;
    }
    groups.push({ box, members: members.sort((a, b) => a - b) });
  }
  const pieces = groups.map(({ box, members }) => {
    const left = Math.max(0, box.left);
    const top = Math.max(0, box.top);
    const w = Math.min(width, box.right) - left;
    const h = Math.min(height, box.bottom) - top;
    const svg = `<svg width="${w}" height="${h}" viewBox="${left} ${top} ${w} ${h}" ${NS}><rect x="${left}" y="${top}" width="${w}" height="${h}" fill="${paper[3]}"/>${members.map((member) => elements[member]).join('')}</svg>`;
    return { x: left, y: top, width: w, height: h, svg };
  });
  return { paper: paper[3]!, pieces: pieces.filter((piece) => piece.width > 0 && piece.height > 0) };
}

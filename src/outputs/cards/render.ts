import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { emojiImage } from './emoji.ts';
import { encodePng, pngFromZlib } from './png.ts';
import { cardBands, type PlacedPiece } from './row-bands.ts';
import { zlibStream } from './zlib-bands.ts';
import { cardPieces, type CardPieces } from './pieces.ts';
import { RecurringParts } from './recurring-parts.ts';
import { RecentlyUsed } from '../../domain/recently-used.ts';
import type { CardFont } from '../fonts.ts';
import { card, cardText, CARD_SIZES, type CardContent, type CardShape } from './template.ts';

/** A card's text holds a character no card font can draw; the build names the page and the character. */
export class MissingGlyphError extends Error {
  readonly characters: string[];
  constructor(page: string, characters: string[]) {
    super(
      `${page}: the social card cannot draw ${characters.map((char) => `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase()})`).join(', ')}; change the text or add a font that has it`,
    );
    this.name = 'MissingGlyphError';
    this.characters = characters;
  }
}

/** One card to draw: what it says, its shape, and the page it belongs to (for errors). */
export interface CardJob {
  content: CardContent;
  shape: CardShape;
  page: string;
}

/** Fails with every card whose text has characters the fonts cannot draw. */
export async function checkGlyphs(jobs: readonly CardJob[]): Promise<void> {
  // Imported here, not at the top: a drawing worker never checks glyphs or subsets fonts, and starts faster without fontkit and harfbuzz.
  const { missingCharacters } = await import('./fonts.ts');
  for (const job of jobs) {
    const missing = await missingCharacters(cardText(job.content));
    if (missing.length > 0) throw new MissingGlyphError(job.page, missing);
  }
}

/** The card fonts cut down to the characters of every card in `jobs` (satori then parses kilobytes, not 10 MB per weight). */
export async function cardFonts(jobs: readonly CardJob[]): Promise<CardFont[]> {
  const { subsetFonts } = await import('../fonts.ts');
  return subsetFonts(jobs.map((job) => cardText(job.content)).join(''));
}

/**
 * Renders cards to PNG: satori lays each card out as SVG, resvg rasterises
 * it. The fonts are subset once for all the cards it will draw: from `jobs`,
 * or given (`fonts`) by a thread that subset them for several renderers.
 */
export class CardRenderer {
  private readonly fonts: Promise<CardFont[]>;

  constructor(jobs: readonly CardJob[], fonts?: Promise<CardFont[]>) {
    this.fonts = fonts ?? cardFonts(jobs);
  }

  // The recurring parts this renderer has laid out (see recurring-parts.ts), for its fonts.
  private readonly parts = new RecurringParts();

  /** The SVG satori writes for one card. */
  async svg(job: CardJob): Promise<string> {
    const { width, height } = CARD_SIZES[job.shape];
    const fonts = await this.fonts;
    return this.parts.svg(card(job.content, job.shape), (tree, onNodeDetected) =>
      satori(tree as Parameters<typeof satori>[0], {
        width,
        height,
        fonts,
        onNodeDetected,
        // Emoji are drawn from Twemoji's SVGs; the glyph check has already refused any it lacks.
        loadAdditionalAsset: async (code, segment) => (code === 'emoji' ? (emojiImage(segment) ?? '') : ''),
      }),
    );
  }

  /** The PNG of one card of the batch. */
  async render(job: CardJob): Promise<Buffer> {
    const { width, height } = CARD_SIZES[job.shape];
    const svg = await this.svg(job);
    // Drawn in pieces where it can be: resvg's cost follows the canvas's area, and most of a card is bare paper.
    const pieces = cardPieces(svg, width, height);
    if (pieces) return drawPieces(pieces, width, height);
    // satori already turned text into paths; scanning the system's fonts would cost more than drawing.
    const image = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render();
    return encodePng(image.width, image.height, image.pixels);
  }
}

/** A card's PNG rows kept between cards of one size and paper, and the boxes painted over the paper since it was laid. */
interface Canvas {
  rows: Buffer;
  /** One row of the paper's pixels, without the filter byte. */
  line: Buffer;
  painted: { x: number; y: number; width: number; height: number }[];
}

// One canvas a thread for each card size and paper. The next card of that size and paper lays paper again only
// where the last one painted (about a quarter of a card) instead of copying 3 MB of paper rows: 0.2 ms of some 10 ms
// a card.
const canvases = new Map<string, Canvas>();

/** A `width`×`height` canvas all of `paper` (`#rrggbb`), in the rows of a PNG (each row a filter byte of 0, then RGBA). */
function bareCanvas(width: number, height: number, paper: string): Canvas {
  const key = `${width}x${height}${paper}`;
  const stride = width * 4 + 1;
  let canvas = canvases.get(key);
  if (!canvas) {
    const pixel = [1, 3, 5].map((offset) => parseInt(paper.slice(offset, offset + 2), 16));
    const line = Buffer.alloc(width * 4);
    for (let x = 0; x < width; x++) line.set([...pixel, 255], x * 4);
    const rows = Buffer.alloc(stride * height);
    for (let y = 0; y < height; y++) line.copy(rows, y * stride + 1);
    canvas = { rows, line, painted: [] };
    canvases.set(key, canvas);
    return canvas;
  }
  for (const box of canvas.painted) {
    for (let y = box.y; y < box.y + box.height; y++) canvas.line.copy(canvas.rows, y * stride + 1 + box.x * 4, 0, box.width * 4);
  }
  canvas.painted = [];
  return canvas;
}

// Pieces this thread has drawn, by their SVG (which holds their place on the card): the site's mark and name, a
// kind's label, the address at the foot are the same piece on card after card. Of 400 cards of the synthetic
// casebook, 81 % of the pieces had been drawn before, 1.75 ms of the 4.1 ms resvg took a card.
// Enough for every piece that repeats. Large pieces (a card's own title, its summary) are seen once and not kept:
// at most 128 pieces of at most 256 KB each (64,000 pixels), 32 MB a thread.
const PIECES_KEPT = 128;
const PIECE_KEPT_BYTES = 256 * 1024;
const drawnPieces = new RecentlyUsed<string, DrawnPiece>(PIECES_KEPT);
// Names for kept pieces, never given twice in a thread: a band compressed with a piece's pixels is found by its name.
let lastPieceId = 0;

/** A piece's RGBA pixels; a kept piece has a name (see row-bands.ts). */
interface DrawnPiece {
  pixels: Buffer;
  id?: number;
  uniform: boolean;
}

/** True when every row of a `width`-pixel-wide image is the same. */
function sameRows(pixels: Buffer, width: number): boolean {
  const line = width * 4;
  const first = pixels.subarray(0, line);
  for (let start = line; start < pixels.length; start += line) if (!pixels.subarray(start, start + line).equals(first)) return false;
  return true;
}

/** One piece, drawn by resvg or, when this thread drew the same piece before, as it drew it then. */
function drawnPiece(piece: CardPieces['pieces'][number]): DrawnPiece {
  const kept = drawnPieces.get(piece.svg);
  if (kept) return kept;
  const image = new Resvg(piece.svg, { font: { loadSystemFonts: false } }).render();
  if (image.width !== piece.width || image.height !== piece.height) throw new Error(`card piece drawn ${image.width}×${image.height}, not ${piece.width}×${piece.height}`);
  if (image.pixels.length > PIECE_KEPT_BYTES) return { pixels: image.pixels, uniform: false };
  const drawn = { pixels: image.pixels, id: ++lastPieceId, uniform: sameRows(image.pixels, piece.width) };
  drawnPieces.set(piece.svg, drawn);
  return drawn;
}

/**
 * A card drawn piece by piece (see pieces.ts) straight into the rows of its
 * PNG, over its paper, and compressed band by band (see row-bands.ts).
 */
export function drawPieces({ paper, pieces }: CardPieces, width: number, height: number): Buffer {
  const canvas = bareCanvas(width, height, paper);
  const stride = width * 4 + 1;
  const placed: PlacedPiece[] = [];
  for (const piece of pieces) {
    const { pixels, id, uniform } = drawnPiece(piece);
    const line = piece.width * 4;
    for (let y = 0; y < piece.height; y++) pixels.copy(canvas.rows, (piece.y + y) * stride + 1 + piece.x * 4, y * line, (y + 1) * line);
    canvas.painted.push({ x: piece.x, y: piece.y, width: piece.width, height: piece.height });
    placed.push({ x: piece.x, y: piece.y, width: piece.width, height: piece.height, id, uniform });
  }
  return pngFromZlib(width, height, zlibStream(cardBands(canvas.rows, width, height, paper, placed)));
}

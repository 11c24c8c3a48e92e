import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { emojiImage } from './emoji.ts';
import { encodePng } from './png.ts';
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

  /** The PNG of one card of the batch. */
  async render(job: CardJob): Promise<Buffer> {
    const { width, height } = CARD_SIZES[job.shape];
    const svg = await satori(card(job.content, job.shape) as Parameters<typeof satori>[0], {
      width,
      height,
      fonts: await this.fonts,
      // Emoji are drawn from Twemoji's SVGs; the glyph check has already refused any it lacks.
      loadAdditionalAsset: async (code, segment) => (code === 'emoji' ? (emojiImage(segment) ?? '') : ''),
    });
    // satori already turned text into paths; scanning the system's fonts would cost more than drawing.
    const image = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render();
    return encodePng(image.width, image.height, image.pixels);
  }
}

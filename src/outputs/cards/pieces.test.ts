import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { loadCasebook } from '../../model/load.ts';
import { publishedView } from '../../view/published.ts';
import { site } from '../../site.config.ts';
import { siteCards, type CardFile } from './content.ts';
import { cardFonts, CardRenderer } from './render.ts';
import { card, CARD_SIZES } from './template.ts';
import { cardPieces } from './pieces.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** A few cards of each layout and shape of a casebook folder. */
async function sample(folder: string): Promise<CardFile[]> {
  const files = siteCards(publishedView({ casebook: await loadCasebook(root, folder) }), site);
  const byKind = new Map<string, CardFile[]>();
  for (const file of files) {
    const kind = `${file.content.layout ?? 'page'} ${file.shape}`;
    byKind.set(kind, [...(byKind.get(kind) ?? []), file]);
  }
  return [...byKind.values()].flatMap((list) => list.slice(0, 3));
}

describe('cards drawn in pieces', () => {
  it('are pixel for pixel the card resvg draws whole, for every layout and shape, Chinese and English', async () => {
    for (const folder of ['tests/fixtures/casebooks/zh', 'tests/fixtures/casebooks/en']) {
      const files = await sample(folder);
      expect(new Set(files.map((file) => `${file.content.layout ?? 'page'} ${file.shape}`)).size, folder).toBeGreaterThanOrEqual(4);
      const fonts = await cardFonts(files);
      const renderer = new CardRenderer([], Promise.resolve(fonts));
      for (const file of files) {
        const { width, height } = CARD_SIZES[file.shape];
        const svg = await satori(card(file.content, file.shape) as Parameters<typeof satori>[0], { width, height, fonts });
        // The card must be one this path draws, or the comparison below would compare the whole card with itself.
        expect(cardPieces(svg, width, height), file.path).toBeDefined();
        const whole = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
        const drawn = PNG.sync.read(await renderer.render(file));
        expect(Buffer.from(drawn.data).equals(whole), `${folder} ${file.path}`).toBe(true);
      }
    }
  }, 60_000);

  it('leave a card whole when something in it may paint outside its own box', () => {
    const head = '<svg width="100" height="50" viewBox="0 0 100 50" xmlns="http://www.w3.org/2000/svg"><rect x="0" y="0" width="100" height="50" fill="#fbfaf7"/>';
    const text = '<g><path fill="#1a1d21" d="M10 10L20 10L20 20Z"/></g>';
    expect(cardPieces(`${head}${text}</svg>`, 100, 50)?.pieces).toEqual([expect.objectContaining({ x: 9, y: 9, width: 12, height: 12 })]);
    for (const unsafe of [
      '<g mask="url(#m)"><path fill="#000" d="M10 10L20 20Z"/></g>',
      '<image x="0" y="0" width="10" height="10" href="data:image/svg+xml;base64,AA=="/>',
      '<path fill="none" stroke="#000" d="M10 10L20 20"/>',
      '<path fill="#000" d="M10 10l20 20z"/>',
      '<g transform="translate(5 5)"><path fill="#000" d="M10 10L20 20Z"/></g>',
    ]) {
      expect(cardPieces(`${head}${text}${unsafe}</svg>`, 100, 50), unsafe).toBeUndefined();
    }
  });

  it('draws touching elements together, in their order', () => {
    const svg =
      '<svg width="100" height="50" viewBox="0 0 100 50" xmlns="http://www.w3.org/2000/svg"><rect x="0" y="0" width="100" height="50" fill="#fbfaf7"/>' +
      '<rect x="10" y="10" width="20" height="20" fill="#9c2b1f"/><g><path fill="#ffffff" d="M15 15L25 15L25 25Z"/></g><rect x="60" y="10" width="10" height="10" fill="#000000"/></svg>';
    const pieces = cardPieces(svg, 100, 50)!.pieces;
    expect(pieces.map(({ x, y, width, height }) => [x, y, width, height])).toEqual([
      [9, 9, 22, 22],
      [59, 9, 12, 12],
    ]);
    expect(pieces[0]!.svg.indexOf('#9c2b1f')).toBeLessThan(pieces[0]!.svg.indexOf('#ffffff'));
  });
});

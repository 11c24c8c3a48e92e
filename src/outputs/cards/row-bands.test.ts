import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { cardBands, type PlacedPiece } from './row-bands.ts';
import { zlibStream } from './zlib-bands.ts';

const WIDTH = 40;
const HEIGHT = 30;
const PAPER = '#f4f1ea';

/** A piece's pixels: `uniform` ones repeat one row, the others change from row to row. */
function pixels(width: number, height: number, seed: number, uniform = false): Buffer {
  const bytes = Buffer.alloc(width * height * 4);
  for (let index = 0; index < bytes.length; index++) bytes[index] = (((uniform ? index % (width * 4) : index) * 7 + seed * 31) % 200) + 20;
  return bytes;
}

/** A card's PNG rows: paper, then each piece's pixels at its place. */
function rows(placed: { piece: PlacedPiece; pixels: Buffer }[]): Buffer {
  const stride = WIDTH * 4 + 1;
  const bytes = Buffer.alloc(stride * HEIGHT);
  for (let y = 0; y < HEIGHT; y++) for (let x = 0; x < WIDTH; x++) bytes.set([0xf4, 0xf1, 0xea, 255], y * stride + 1 + x * 4);
  for (const { piece, pixels: data } of placed) {
    for (let y = 0; y < piece.height; y++) data.copy(bytes, (piece.y + y) * stride + 1 + piece.x * 4, y * piece.width * 4, (y + 1) * piece.width * 4);
  }
  return bytes;
}

/** The card's rows as cardBands compresses them, read back by a standard inflater (which checks the checksum). */
function roundTrip(placed: { piece: PlacedPiece; pixels: Buffer }[]): Buffer {
  return inflateSync(zlibStream(cardBands(rows(placed), WIDTH, HEIGHT, PAPER, placed.map(({ piece }) => piece))));
}

const bar = { piece: { x: 0, y: 0, width: 3, height: HEIGHT, id: 901, uniform: true }, pixels: pixels(3, HEIGHT, 1, true) };
const label = (x: number, y: number) => ({ piece: { x, y, width: 10, height: 5, id: 902, uniform: false }, pixels: pixels(10, 5, 2) });
const mark = (x: number, y: number) => ({ piece: { x, y, width: 10, height: 5, id: 903, uniform: false }, pixels: pixels(10, 5, 9) });
const ownText = (seed: number) => ({ piece: { x: 5, y: 12, width: 30, height: 7, uniform: false }, pixels: pixels(30, 7, seed) });

describe("a card's rows in bands", () => {
  it('read back as the rows, card after card, with bands kept from earlier cards', () => {
    for (const placed of [[bar, label(5, 2), ownText(3)], [bar, label(5, 2), ownText(4)], [bar, ownText(5)], [label(5, 20)], []]) {
      expect(roundTrip(placed).equals(rows(placed))).toBe(true);
    }
  });

  it('keeps a band of a kept piece only for the same place: moved across or cut at another row, it is compressed again', () => {
    // Each card draws the same piece (same name) somewhere else; a band found by the piece alone would hold the wrong
    // rows. In the last two, two rows of the label are a band of their own: its first two rows, then its fourth and fifth.
    for (const placed of [[label(5, 2)], [label(20, 2)], [label(5, 3)], [bar, label(5, 3)], [label(5, 2), mark(25, 4)], [label(5, 2), mark(25, 0)]]) {
      expect(roundTrip(placed).equals(rows(placed))).toBe(true);
    }
  });

  it('compresses the same rows once: bands of kept pieces are the ones compressed for an earlier card', () => {
    const first = cardBands(rows([bar, label(30, 2), ownText(6)]), WIDTH, HEIGHT, PAPER, [bar.piece, label(30, 2).piece, ownText(6).piece]);
    const second = cardBands(rows([bar, label(30, 2), ownText(7)]), WIDTH, HEIGHT, PAPER, [bar.piece, label(30, 2).piece, ownText(7).piece]);
    // Rows 0–1 (bar), 2–6 (bar and label), 7–11 (bar), then the card's own text, then bar again to the foot.
    const shared = second.filter((band) => first.includes(band));
    const own = second.filter((band) => !first.includes(band));
    expect(own.length).toBe(1);
    expect(own[0]!.length).toBe(7 * (WIDTH * 4 + 1));
    expect(shared.reduce((sum, band) => sum + band.length, 0)).toBe((HEIGHT - 7) * (WIDTH * 4 + 1));
  });

  it('shares runs of plain rows between spaces of different heights', () => {
    // A space of 13 rows is 8 + 4 + 1; one of 11 rows is 8 + 2 + 1, so its 8 and its 1 are found again.
    const tall = cardBands(rows([bar]), WIDTH, 13, PAPER, [{ ...bar.piece, height: 13 }]);
    const short = cardBands(rows([bar]), WIDTH, 11, PAPER, [{ ...bar.piece, height: 11 }]);
    expect(tall.map((band) => band.length / (WIDTH * 4 + 1))).toEqual([8, 4, 1]);
    expect(short.map((band) => band.length / (WIDTH * 4 + 1))).toEqual([8, 2, 1]);
    expect(short.filter((band) => tall.includes(band)).length).toBe(2);
  });
});

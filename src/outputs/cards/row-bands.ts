/**
 * A card's PNG rows as bands of a zlib stream (see zlib-bands.ts), cut where
 * a piece begins or ends, so that within a band the same pieces cross every
 * row. A band made only of pieces this thread keeps is compressed once and
 * found again on the next card that has it: the paper between the lines, the
 * bar down the side, the address at the foot. Only bands holding a card's
 * own text are compressed for it: on the synthetic casebook, a fifth of a
 * card's bytes.
 */
import { compressBand, type ZlibBand } from './zlib-bands.ts';
import { RecentlyUsed } from '../../domain/recently-used.ts';

/** A piece painted on the card, as its bands see it. */
export interface PlacedPiece {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Names the pixels this thread drew for the piece and keeps; none for a piece drawn for this card alone. */
  id?: number;
  /** Every row of the piece's pixels is the same (a bar, a rule). */
  uniform: boolean;
}

// Bands this thread compressed, by what they hold. A few kilobytes each at most (the foot of a card), most a few
// hundred bytes; the oldest goes first.
const keptBands = new RecentlyUsed<string, ZlibBand>(512);

/** The band of `rows` from byte `start` to `end`, compressed now or, when `key` names a band compressed before, as it was then. */
function band(key: string | undefined, rows: Buffer, start: number, end: number): ZlibBand {
  const kept = key === undefined ? undefined : keptBands.get(key);
  if (kept) return kept;
  const compressed = compressBand(rows.subarray(start, end));
  if (key !== undefined) keptBands.set(key, compressed);
  return compressed;
}

/**
 * The bands of a `width`×`height` card's PNG rows (a filter byte of 0, then
 * RGBA), of `paper` with `placed` painted over it. Joined by `zlibStream`,
 * they are the rows' zlib stream.
 */
export function cardBands(rows: Buffer, width: number, height: number, paper: string, placed: readonly PlacedPiece[]): ZlibBand[] {
  const stride = width * 4 + 1;
  const cuts = [...new Set([0, height, ...placed.flatMap((piece) => [piece.y, piece.y + piece.height])])].sort((a, b) => a - b);
  const base = `${width}${paper}`;
  const bands: ZlibBand[] = [];
  for (let index = 0; index + 1 < cuts.length; index++) {
    const top = cuts[index]!;
    const bottom = cuts[index + 1]!;
    const across = placed.filter((piece) => piece.y < bottom && piece.y + piece.height > top);
    if (across.every((piece) => piece.id !== undefined && piece.uniform)) {
      // Every row of the band is the same row: cut into runs of a power of two rows, which recur on card after card
      // whatever the height of the space between two lines of text.
      const key = `${base}|${across.map((piece) => `${piece.id}@${piece.x}`).join()}|`;
      let run = 2 ** Math.floor(Math.log2(bottom - top));
      for (let y = top; y < bottom; y += run) {
        while (run > bottom - y) run /= 2;
        bands.push(band(`${key}${run}`, rows, y * stride, (y + run) * stride));
      }
      continue;
    }
    // Rows from a piece this thread does not keep are the card's own: compressed, and not kept.
    const known = across.every((piece) => piece.id !== undefined);
    const key = known ? `${base}|${across.map((piece) => `${piece.id}@${piece.x}${piece.uniform ? '' : `+${top - piece.y}`}`).join()}|${bottom - top}` : undefined;
    bands.push(band(key, rows, top * stride, bottom * stride));
  }
  return bands;
}

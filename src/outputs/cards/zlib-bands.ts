/**
 * A zlib stream put together from bands compressed apart. A card's PNG rows
 * repeat from card to card (its paper, the bar down its side, the address at
 * its foot): a band compressed once can stand in every card that has the same
 * rows, so only the rows new to a card go through deflate.
 *
 * Each band is raw deflate ended by a sync flush: its blocks are not final
 * and it ends on a byte, so bands join end to end. The stream's checksum
 * (Adler-32) is combined from the bands' own, which is why each band carries
 * its checksum and its length.
 */
import { constants, deflateRawSync } from 'node:zlib';

/** Some bytes compressed on their own, ready to join other bands in one zlib stream. */
export interface ZlibBand {
  /** Raw deflate blocks, none final, ending on a byte boundary. */
  data: Buffer;
  /** Adler-32 of the bytes the band holds. */
  adler: number;
  /** How many bytes the band holds. */
  length: number;
}

const MOD = 65521;
// The longest run of bytes whose sums cannot lose a digit before they are reduced (zlib's NMAX, rounded down to whole
// 32-bit words); JavaScript numbers are exact far beyond it, so this only keeps them small integers.
const WORDS_PER_ROUND = 1380;
// Words are read in the machine's byte order; on a big-endian machine (none Node supports today) every byte is read alone.
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * The Adler-32 checksum of `bytes`. Read four bytes at a time: a plain byte loop took 1.06 ms for a card's
 * 650 KB of new rows, this 0.39 ms (zlib's own checksum is not exposed by node:zlib).
 */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  let index = 0;
  const length = bytes.length;
  // Bytes up to a 4-byte boundary of the underlying buffer, one at a time, so the rest can be read as words.
  for (; index < length && (bytes.byteOffset + index) % 4 !== 0; index++) {
    a += bytes[index]!;
    b += a;
  }
  const words = LITTLE_ENDIAN && (bytes.byteOffset + index) % 4 === 0 ? (length - index) >>> 2 : 0;
  const view = words > 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + index, words) : new Uint32Array(0);
  for (let word = 0; word < words; ) {
    a %= MOD;
    b %= MOD;
    const stop = Math.min(words, word + WORDS_PER_ROUND);
    for (; word < stop; word++) {
      // Little-endian: the word's lowest byte comes first in the buffer.
      const value = view[word]!;
      a += value & 255;
      b += a;
      a += (value >>> 8) & 255;
      b += a;
      a += (value >>> 16) & 255;
      b += a;
      a += value >>> 24;
      b += a;
    }
  }
  for (index += words * 4; index < length; index++) {
    a += bytes[index]!;
    b += a;
  }
  return (((b % MOD) << 16) | a % MOD) >>> 0;
}

/** The Adler-32 of two runs of bytes end to end, from each run's checksum and the second run's length (zlib's adler32_combine). */
export function adler32Combine(first: number, second: number, secondLength: number): number {
  const remainder = secondLength % MOD;
  let sum1 = first & 0xffff;
  let sum2 = (remainder * sum1) % MOD;
  sum1 += (second & 0xffff) + MOD - 1;
  sum2 += ((first >>> 16) & 0xffff) + ((second >>> 16) & 0xffff) + MOD - remainder;
  if (sum1 >= MOD) sum1 -= MOD;
  if (sum1 >= MOD) sum1 -= MOD;
  if (sum2 >= MOD * 2) sum2 -= MOD * 2;
  if (sum2 >= MOD) sum2 -= MOD;
  return (sum1 | (sum2 << 16)) >>> 0;
}

/**
 * How hard cards are deflated, whole or in bands. Cards are large flat areas, so rows need no prediction filter
 * and a light level compresses them as well as resvg's encoder does (about 42 KB) in a fifth of the time.
 */
export const CARD_DEFLATE_LEVEL = 3;

/** `bytes` compressed as a band. */
export function compressBand(bytes: Uint8Array): ZlibBand {
  return { data: deflateRawSync(bytes, { level: CARD_DEFLATE_LEVEL, finishFlush: constants.Z_SYNC_FLUSH }), adler: adler32(bytes), length: bytes.length };
}

// A zlib header for deflate with a 32 KB window (0x78) whose check bits make it a multiple of 31 (0x5e, "default" level).
const HEADER = Buffer.from([0x78, 0x5e]);
// An empty final block with fixed codes (BFINAL 1, BTYPE 01, end of block), then padding to the byte.
const LAST_BLOCK = Buffer.from([0x03, 0x00]);

/** One zlib stream of the bands' bytes in order, as a PNG's image data holds them. */
export function zlibStream(bands: readonly ZlibBand[]): Buffer {
  let adler = 1;
  for (const band of bands) adler = adler32Combine(adler, band.adler, band.length);
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler, 0);
  return Buffer.concat([HEADER, ...bands.map((band) => band.data), LAST_BLOCK, trailer]);
}

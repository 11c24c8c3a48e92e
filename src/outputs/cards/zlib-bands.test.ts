import { describe, expect, it } from 'vitest';
import { deflateSync, inflateSync } from 'node:zlib';
import { adler32, adler32Combine, compressBand, zlibStream } from './zlib-bands.ts';

/** Bytes that look like a card's rows: long runs of one colour broken by noise. */
function rowsLike(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[index] = index % 97 < 60 ? 0xf4 : state >>> 24;
  }
  return bytes;
}

/** zlib's own Adler-32 of `bytes`: the last four bytes of its stream. */
const zlibAdler = (bytes: Uint8Array) => {
  const stream = deflateSync(bytes, { level: 1 });
  return stream.readUInt32BE(stream.length - 4);
};

describe('a zlib stream put together from bands', () => {
  it('computes the Adler-32 that zlib computes, from any offset and length', () => {
    const bytes = rowsLike(20_011, 7);
    // Offsets off a 4-byte boundary and lengths past one reduction round (5,520 bytes) both take their own branches.
    for (const [start, end] of [[0, 20_011], [1, 6_000], [3, 3], [2, 7], [5, 11_043]] as const) {
      expect(adler32(bytes.subarray(start, end)), `${start}–${end}`).toBe(zlibAdler(bytes.subarray(start, end)));
    }
    // All 255s make the largest sums a round can hold.
    const full = Buffer.alloc(50_000, 255);
    expect(adler32(full)).toBe(zlibAdler(full));
  });

  it('combines two checksums into the checksum of both runs end to end', () => {
    const first = rowsLike(70_001, 1);
    const second = rowsLike(33_333, 2);
    expect(adler32Combine(adler32(first), adler32(second), second.length)).toBe(adler32(Buffer.concat([first, second])));
  });

  it('joins bands compressed apart into one stream a standard inflater reads back whole, checksum included', () => {
    const parts = [rowsLike(4801 * 3, 3), Buffer.alloc(4801 * 8, 0xf4), rowsLike(10, 4), Buffer.alloc(0), rowsLike(90_000, 5)];
    const bands = parts.map(compressBand);
    const stream = zlibStream([...bands, bands[1]!]);
    // inflateSync fails on a wrong checksum, so this checks the combined Adler-32 too.
    expect(inflateSync(stream).equals(Buffer.concat([...parts, parts[1]!]))).toBe(true);
  });

  it('makes a stream no inflater accepts when a band carries a wrong checksum (so the round trip above checks them)', () => {
    const [first, second] = [rowsLike(1000, 6), rowsLike(1000, 8)].map(compressBand);
    expect(() => inflateSync(zlibStream([first!, { ...second!, adler: second!.adler ^ 1 }]))).toThrow(/check/);
  });
});

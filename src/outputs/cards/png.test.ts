import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { encodePng } from './png.ts';

describe('PNG encoding of card pixels', () => {
  it('round-trips through a standard decoder, pixel for pixel', () => {
    const width = 7;
    const height = 5;
    const rgba = new Uint8Array(width * height * 4).map((_, index) => (index * 37) % 256);
    const decoded = PNG.sync.read(encodePng(width, height, rgba));
    expect([decoded.width, decoded.height]).toEqual([width, height]);
    expect(Buffer.from(decoded.data).equals(Buffer.from(rgba))).toBe(true);
  });

  it('encodes each image whole when images of other sizes were encoded before it', () => {
    const image = (width: number, height: number, seed: number) => new Uint8Array(width * height * 4).map((_, index) => (index * seed) % 256);
    for (const [width, height, seed] of [[9, 8, 31], [7, 5, 37], [12, 3, 41]] as const) {
      const rgba = image(width, height, seed);
      const decoded = PNG.sync.read(encodePng(width, height, rgba));
      expect([decoded.width, decoded.height]).toEqual([width, height]);
      expect(Buffer.from(decoded.data).equals(Buffer.from(rgba))).toBe(true);
    }
  });
});

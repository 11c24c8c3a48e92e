import { crc32, deflateSync } from 'node:zlib';
import { CARD_DEFLATE_LEVEL } from './zlib-bands.ts';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

let scratch = Buffer.alloc(0);

/**
 * A buffer for the rows of a `width`×`height` RGBA image as PNG stores them:
 * each row a filter byte, then its pixels (`width * 4 + 1` bytes a row). One
 * buffer serves every image a thread encodes (a fresh 3 MB a card cost page
 * faults, some 0.5 ms of the 4), so it is valid only until the next call.
 */
function pngRows(width: number, height: number): Buffer {
  const size = (width * 4 + 1) * height;
  if (scratch.length < size) scratch = Buffer.allocUnsafe(size);
  return scratch.subarray(0, size);
}

/** A `width`×`height` RGBA PNG whose image data is `zlib`: the zlib stream of its rows, each a filter byte then its pixels. */
export function pngFromZlib(width: number, height: number, zlib: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method variants, no interlace
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', zlib), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * Encodes 8-bit RGBA pixels as a PNG, deflating every row (a card drawn in
 * pieces is compressed band by band instead: row-bands.ts). Rows get no
 * prediction filter (see `CARD_DEFLATE_LEVEL`); pngjs was measured too:
 * slower, and twenty times the size with unfiltered rows.
 */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const stride = width * 4;
  // Every byte is written below (a filter byte of 0, then the row), so the buffer need not be zeroed first.
  const rows = pngRows(width, height);
  for (let y = 0; y < height; y++) {
    rows[y * (stride + 1)] = 0;
    rows.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return pngFromZlib(width, height, deflateSync(rows, { level: CARD_DEFLATE_LEVEL }));
}

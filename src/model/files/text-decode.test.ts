import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8 } from './text-decode.ts';

const text = 'title: 云浮新就业群体\norder: 3\n';
const utf16 = (value: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(value.length * 2);
  const view = new DataView(bytes.buffer);
  [...value].forEach((char, index) => view.setUint16(index * 2, char.charCodeAt(0), littleEndian));
  return bytes;
};
// Node has no GB18030 encoder: these are the bytes of 云浮市 in GBK, which GB18030 contains.
const YUNFU_GBK = [0xd4, 0xc6, 0xb8, 0xa1, 0xca, 0xd0];

describe('decodeUtf8', () => {
  it('reads UTF-8, and drops a UTF-8 byte-order mark', () => {
    expect(decodeUtf8(Buffer.from(text))).toEqual({ ok: true, text });
    expect(decodeUtf8(Buffer.from(`\uFEFF${text}`))).toEqual({ ok: true, text });
    expect(decodeUtf8(new Uint8Array())).toEqual({ ok: true, text: '' });
  });

  it('names UTF-16 and UTF-32 by their byte-order marks', () => {
    expect(decodeUtf8(Uint8Array.from([0xff, 0xfe, ...utf16(text, true)]))).toEqual({
      ok: false,
      found: 'UTF-16 LE (it starts with the byte-order mark FF FE), not UTF-8',
      binary: false,
      line: 1,
    });
    expect(decodeUtf8(Uint8Array.from([0xfe, 0xff, ...utf16(text, false)]))).toMatchObject({ found: 'UTF-16 BE (it starts with the byte-order mark FE FF), not UTF-8' });
    expect(decodeUtf8(Uint8Array.from([0xff, 0xfe, 0, 0, 0x74, 0, 0, 0]))).toMatchObject({ found: 'UTF-32 LE (it starts with the byte-order mark FF FE 00 00), not UTF-8' });
  });

  it('names UTF-16 without a byte-order mark by where its zero bytes fall', () => {
    expect(decodeUtf8(utf16(text, true))).toMatchObject({ found: 'UTF-16 LE without a byte-order mark, not UTF-8', binary: false });
    expect(decodeUtf8(utf16(text, false))).toMatchObject({ found: 'UTF-16 BE without a byte-order mark, not UTF-8', binary: false });
  });

  it('names binary files by their signature, else by their NUL bytes and the line of the first', () => {
    expect(decodeUtf8(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toEqual({
      ok: false,
      found: 'binary (a PNG image), not text',
      binary: true,
      line: 1,
    });
    expect(decodeUtf8(Buffer.from('%PDF-1.7\n'))).toMatchObject({ found: 'binary (a PDF document), not text', binary: true });
    expect(decodeUtf8(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toMatchObject({ found: 'binary (a ZIP archive, such as a .docx or .xlsx document), not text' });
    expect(decodeUtf8(Uint8Array.from([...Buffer.from('a\nb\nc'), 0x00, 0x01, 0x9c, 0x00, 0x00, 0x7f]))).toEqual({
      ok: false,
      found: 'binary (it holds NUL bytes), not text',
      binary: true,
      line: 3,
    });
  });

  it('recognises GB18030/GBK, at the line of its first byte that is not UTF-8', () => {
    expect(decodeUtf8(Uint8Array.from([...Buffer.from('title: x\norder: 3\ncity: '), ...YUNFU_GBK]))).toEqual({ ok: false, found: 'not UTF-8 but probably GB18030/GBK', binary: false, line: 3 });
  });

  it('says when the bytes are neither UTF-8 nor GB18030', () => {
    // "café" in Latin-1 at the end of the file: 0xE9 opens a GB18030 pair that never closes.
    expect(decodeUtf8(Uint8Array.from([...Buffer.from('a\ncaf'), 0xe9]))).toEqual({ ok: false, found: 'not UTF-8 (nor GB18030/GBK)', binary: false, line: 2 });
  });
});

describe('firstInvalidUtf8', () => {
  it('finds the first byte that is not well-formed UTF-8', () => {
    expect(firstInvalidUtf8(Buffer.from('云浮'))).toBe(6);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // a surrogate
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x62, 0xe4, 0xba]))).toBe(2); // cut short
    expect(firstInvalidUtf8(Uint8Array.from([0xe4, 0xba, 0x91, 0xb8]))).toBe(3); // a stray continuation byte
  });
});

describe('a surrogate encoded on its own', () => {
  it('is named with its code point, not guessed as GB18030', () => {
    const bytes = Buffer.concat([Buffer.from('title: a\ntext: '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('\n')]);
    expect(decodeUtf8(bytes)).toEqual({ ok: false, found: 'not UTF-8: it holds half of a UTF-16 pair encoded on its own (U+D800), as CESU-8 or a broken converter writes', binary: false, line: 2 });
  });
});

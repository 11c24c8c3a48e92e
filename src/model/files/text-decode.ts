/**
 * Content files are UTF-8 text. A file saved in another encoding must fail
 * with what it was saved as, not be read with U+FFFD in place of every
 * Chinese character (which then shows on every page that quotes it).
 */

/** Why a file's bytes are not UTF-8 text: what they look like, and the 1-based line where it shows. */
export interface NotUtf8 {
  /** Completes "the file is …", e.g. `not UTF-8 but probably GB18030/GBK`. */
  found: string;
  /** Whether the bytes are not text at all (an image, NUL bytes): the fix is another file, not another encoding. */
  binary: boolean;
  /** 1-based line of the first byte that gave it away (1 for a byte-order mark or a file signature). */
  line: number;
}

/** The result of decoding a file's bytes as UTF-8. */
export type Decoded = { ok: true; text: string } | ({ ok: false } & NotUtf8);

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

// Byte-order marks of the Unicode encodings other than UTF-8, longest first (UTF-32 LE starts like UTF-16 LE).
const BYTE_ORDER_MARKS: [bytes: number[], name: string][] = [
  [[0xff, 0xfe, 0x00, 0x00], 'UTF-32 LE'],
  [[0x00, 0x00, 0xfe, 0xff], 'UTF-32 BE'],
  [[0xff, 0xfe], 'UTF-16 LE'],
  [[0xfe, 0xff], 'UTF-16 BE'],
];

// The opening bytes of files an editor may save into a content folder by mistake.
const SIGNATURES: [bytes: number[], name: string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive, such as a .docx or .xlsx document'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document (.doc, .xls)'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'],
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, index) => bytes[index] === byte);

/**
 * Decodes a file's bytes as UTF-8, dropping a UTF-8 byte-order mark (some
 * Windows editors write one). Anything else that is not UTF-8 is named:
 * UTF-16 or UTF-32 by its byte-order mark, UTF-16 without one by the zero
 * bytes of its ASCII characters, a known binary format by its signature,
 * other binary data by its NUL bytes, and GB18030/GBK when the bytes decode
 * as that (the usual encoding of Chinese text saved on Windows).
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  for (const [mark, name] of BYTE_ORDER_MARKS) {
    if (startsWith(bytes, mark)) {
      const hex = mark.map((byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join(' ');
      return { ok: false, found: `${name} (it starts with the byte-order mark ${hex}), not UTF-8`, binary: false, line: 1 };
    }
  }
  const signature = SIGNATURES.find(([prefix]) => startsWith(bytes, prefix));
  if (signature) return { ok: false, found: `binary (${signature[1]}), not text`, binary: true, line: 1 };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const utf16 = utf16WithoutMark(bytes);
    if (utf16) return { ok: false, found: `${utf16} without a byte-order mark, not UTF-8`, binary: false, line: 1 };
    return { ok: false, found: 'binary (it holds NUL bytes), not text', binary: true, line: lineAt(bytes, nul) };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    // Not UTF-8: say where, and what it probably is.
  }
  const invalid = firstInvalidUtf8(bytes);
  const line = lineAt(bytes, invalid);
  // A surrogate encoded on its own (ED A0–BF xx: CESU-8, or a converter that split a pair) is named, not guessed as GB18030.
  const surrogate = encodedSurrogate(bytes, invalid);
  if (surrogate !== undefined) {
    const hex = surrogate.toString(16).toUpperCase();
    return { ok: false, found: `not UTF-8: it holds half of a UTF-16 pair encoded on its own (U+${hex}), as CESU-8 or a broken converter writes`, binary: false, line };
  }
  if (decodes(bytes, 'gb18030')) return { ok: false, found: 'not UTF-8 but probably GB18030/GBK', binary: false, line };
  return { ok: false, found: 'not UTF-8 (nor GB18030/GBK)', binary: false, line };
}

/** The surrogate code point encoded at `offset` (ED A0–BF 80–BF), or undefined. */
function encodedSurrogate(bytes: Uint8Array, offset: number): number | undefined {
  const [lead, second, third] = [bytes[offset], bytes[offset + 1], bytes[offset + 2]];
  if (lead !== 0xed || second === undefined || third === undefined || second < 0xa0 || second > 0xbf || (third & 0xc0) !== 0x80) return undefined;
  return 0xd000 | ((second & 0x3f) << 6) | (third & 0x3f);
}

/** Whether the bytes decode without error in `encoding` (a fair sign that they were written in it). */
function decodes(bytes: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * `UTF-16 LE` or `UTF-16 BE` when the zero bytes fall on one side of each
 * byte pair, as the high (or low) bytes of ASCII characters do; undefined
 * when they look like binary data instead.
 */
function utf16WithoutMark(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
  let even = 0;
  let odd = 0;
  for (let index = 0; index < sample.length; index++) if (sample[index] === 0) index % 2 === 0 ? even++ : odd++;
  const pairs = sample.length / 2;
  // ASCII keys and punctuation make at least a fifth of a YAML or Markdown file's characters.
  if (odd >= pairs / 5 && even === 0) return 'UTF-16 LE';
  if (even >= pairs / 5 && odd === 0) return 'UTF-16 BE';
  return undefined;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 character (RFC 3629), or the length. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    const second = bytes[index + 1]!;
    // The second byte's range narrows after E0, ED, F0 and F4 (no overlong forms, surrogates or code points past U+10FFFF).
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    if (second < low || second > high) return index;
    for (let next = 2; next < length; next++) if ((bytes[index + next]! & 0xc0) !== 0x80) return index;
    index += length;
  }
  return index;
}

/** The 1-based line of byte `offset`. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < bytes.length; index++) if (bytes[index] === 0x0a) line++;
  return line;
}

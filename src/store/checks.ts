// What a stored file of each kind must look like to be stored or served: a damaged file (a write cut short, a
// page that was no PDF, a disk that lost data) is refused when stored and dropped when found, never published.
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';

/** The first and last bytes of a file, and its size: enough for every check below without reading it whole. */
export interface FileEnds {
  size: number;
  head: Buffer;
  tail: Buffer;
}

// How many bytes of each end the checks look at: a PDF's %%EOF may be followed by a few lines of whitespace.
const END_BYTES = 1024;
// Smaller than any PDF with a page (pdf-lib's one blank page is about 600 bytes).
const MIN_PDF_BYTES = 64;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const latin1 = (bytes: Buffer) => bytes.toString('latin1');

/** Checks by file extension: each says what is wrong with a file, or undefined when it looks whole. */
const CHECKS: Record<string, (file: FileEnds) => string | undefined> = {
  '.pdf': ({ size, head, tail }) => {
    if (size < MIN_PDF_BYTES) return `is ${size} bytes, too short for a PDF`;
    if (latin1(head.subarray(0, 5)) !== '%PDF-') return 'is not a PDF (no %PDF- header)';
    if (!latin1(tail).includes('%%EOF')) return 'is cut short (no %%EOF at its end)';
    return undefined;
  },
  '.png': ({ head, tail }) => {
    if (!head.subarray(0, 8).equals(PNG_SIGNATURE)) return 'is not a PNG (no PNG signature)';
    // The last chunk: length 0, type IEND, its CRC.
    if (latin1(tail.subarray(-8, -4)) !== 'IEND') return 'is cut short (no IEND chunk at its end)';
    return undefined;
  },
  '.svg': ({ head, tail }) => {
    if (!/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(latin1(head))) return 'is not an SVG (does not start with <svg)';
    if (!/<\/svg>\s*$/.test(latin1(tail))) return 'is cut short (no </svg> at its end)';
    return undefined;
  },
  // A stored page (see src/integration/stored-pages.ts): a whole document, from its doctype to its closing tag.
  '.html': ({ head, tail }) => {
    if (!/^\s*(<!doctype html|<html[\s>])/i.test(latin1(head))) return 'is not an HTML document (does not start with <!DOCTYPE html>)';
    if (!/<\/html>\s*$/i.test(latin1(tail))) return 'is cut short (no </html> at its end)';
    return undefined;
  },
  '.xml': ({ head, tail }) => {
    if (!/^\s*</.test(latin1(head))) return 'is not XML (does not start with <)';
    if (!/>\s*$/.test(latin1(tail))) return 'is cut short (does not end with >)';
    return undefined;
  },
  '.gz': ({ head }) => (head[0] === 0x1f && head[1] === 0x8b ? undefined : 'is not gzip (no gzip header)'),
  '.font': ({ size, head }) => {
    const tag = latin1(head.subarray(0, 4));
    return size > 12 && (tag === '\0\x01\0\0' || tag === 'true' || tag === 'OTTO') ? undefined : 'is not a TrueType or OpenType font';
  },
};

/** Checks that read the whole file, run once when a file is stored (never on every read). */
const DEEP_CHECKS: Record<string, (bytes: Buffer) => string | undefined> = {
  '.json': (bytes) => {
    try {
      JSON.parse(bytes.toString('utf8'));
      return undefined;
    } catch (error) {
      return `is not JSON (${(error as Error).message})`;
    }
  },
};

/** The extension a check goes by: `.pdf` of `a1b2.pdf`, also of `casebook--a1b2.pdf`. */
const extensionOf = (name: string) => /\.[a-z0-9]+$/i.exec(name)?.[0].toLowerCase() ?? '';

/** What is wrong with a file of this name, from its ends; empty files are refused whatever their kind. */
function problemOfEnds(name: string, file: FileEnds): string | undefined {
  if (file.size === 0) return 'is empty';
  return CHECKS[extensionOf(name)]?.(file);
}

/** What is wrong with `bytes` as the content of a file named `name` (by its extension), or undefined when it looks whole. */
export function problemWith(name: string, bytes: Uint8Array): string | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ends = { size: buffer.length, head: buffer.subarray(0, END_BYTES), tail: buffer.subarray(Math.max(0, buffer.length - END_BYTES)) };
  return problemOfEnds(name, ends) ?? DEEP_CHECKS[extensionOf(name)]?.(buffer);
}

/**
 * What is wrong with the file at `file`, stored as `name`, from its size and
 * ends only; `MISSING` when there is no such file. Synchronous on purpose: it
 * runs on every entry a build serves (a thousand cards), and a few small
 * reads in a row cost a tenth of as many queued on the thread pool.
 */
export function problemWithFile(name: string, file: string): string | undefined {
  // A kind without a check of its ends (JSON, CSV, references) needs only its size: one call, not five.
  if (!CHECKS[extensionOf(name)]) {
    const size = statSizeOf(file);
    return size === undefined ? MISSING : problemOfEnds(name, { size, head: EMPTY, tail: EMPTY });
  }
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return MISSING;
  }
  try {
    const { size } = fstatSync(fd);
    const head = Buffer.alloc(Math.min(size, END_BYTES));
    readSync(fd, head, 0, head.length, 0);
    const tail = Buffer.alloc(Math.min(size, END_BYTES));
    readSync(fd, tail, 0, tail.length, size - tail.length);
    return problemOfEnds(name, { size, head, tail });
  } finally {
    closeSync(fd);
  }
}

const EMPTY = Buffer.alloc(0);

/** A file's size, or undefined when there is none. */
function statSizeOf(file: string): number | undefined {
  return statSync(file, { throwIfNoEntry: false })?.size;
}

/** `problemWithFile`'s answer for a file that is not there. */
export const MISSING = 'is missing';

// Chromium tags every element it prints, but paints page backgrounds, borders, rules and CSS page-margin boxes
// outside any marked content: to a screen reader and to PDF/UA such content is neither text nor decoration. This
// marks each run of it as an artifact (`/Artifact BMC … EMC`), the PDF's word for decoration.

/** Each byte's class in a content stream (ISO 32000-1, 7.2.2): regular, whitespace or delimiter. */
const REGULAR = 0;
const SPACE = 1;
const DELIMITER = 2;
const CLASS = new Uint8Array(256);
for (const byte of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[byte] = SPACE;
for (const byte of [0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]) CLASS[byte] = DELIMITER;
/** Bytes that begin a number: digits, signs and the decimal point. */
const NUMBER_START = new Uint8Array(256);
for (const byte of Buffer.from('0123456789+-.', 'latin1')) NUMBER_START[byte] = 1;
const KEYWORD_OPERANDS = new Set(['true', 'false', 'null']);

/** Operators that begin a graphics object: painting starts there, and marked content may begin before them. */
const TEXT_OBJECT = 'BT';
const PATH_START = new Set(['m', 're']);
const PATH_END = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n']);
const SINGLE_OBJECTS = new Set(['Do', 'sh', 'BI']);

const OPEN = Buffer.from('/Artifact BMC\n', 'latin1');
const CLOSE = Buffer.from('\nEMC\n', 'latin1');

/**
 * Returns `content` (a decoded page content stream) with every graphics
 * object painted outside marked content wrapped in an `Artifact` sequence.
 * Consecutive ones share a sequence, which closes before the next marked
 * content begins; a path that only clips (ends in `n`) is left alone. Marked
 * content is only opened and closed between graphics objects, as the format
 * requires. A stream with no such object comes back unchanged.
 */
export function markUntaggedAsArtifacts(content: Uint8Array): Uint8Array {
  const insertions: { at: number; bytes: Buffer }[] = [];
  let depth = 0;
  let inArtifact = false;
  // Where the current operation's first operand began, and where a text object or a path began.
  let operationStart = -1;
  let textStart = -1;
  let pathStart = -1;
  const open = (at: number) => {
    if (inArtifact) return;
    insertions.push({ at, bytes: OPEN });
    inArtifact = true;
  };
  const close = (at: number) => {
    if (!inArtifact) return;
    insertions.push({ at, bytes: CLOSE });
    inArtifact = false;
  };
  const operator = (name: string, start: number) => {
    const at = operationStart >= 0 ? operationStart : start;
    operationStart = -1;
    if (name === 'BDC' || name === 'BMC') {
      // Marked content inside a text object that began in an artifact: the artifact ends before that object instead.
      if (depth === 0 && inArtifact && textStart >= 0) {
        const last = insertions.at(-1)!;
        if (last.bytes === OPEN && last.at === textStart) insertions.pop();
        else insertions.push({ at: textStart, bytes: CLOSE });
        inArtifact = false;
      }
      if (depth === 0) close(at);
      depth++;
      return;
    }
    if (name === 'EMC') {
      if (depth > 0) depth--;
      return;
    }
    if (name === 'BT') textStart = at;
    if (name === 'ET') textStart = -1;
    if (depth > 0) return;
    if (name === TEXT_OBJECT || SINGLE_OBJECTS.has(name)) open(at);
    else if (PATH_START.has(name) && pathStart < 0 && textStart < 0) pathStart = at;
    else if (PATH_END.has(name) && pathStart >= 0) {
      if (name !== 'n') open(pathStart);
      pathStart = -1;
    }
  };
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const length = bytes.length;
  let index = 0;
  while (index < length) {
    const byte = bytes[index]!;
    if (CLASS[byte] === SPACE) {
      index++;
      continue;
    }
    const start = index;
    if (byte === 0x25) {
      // A comment, to the end of the line.
      while (index < length && bytes[index] !== 0x0a && bytes[index] !== 0x0d) index++;
      continue;
    }
    if (byte === 0x28) {
      index = skipLiteralString(bytes, index);
    } else if (byte === 0x3c && bytes[index + 1] === 0x3c) {
      index = skipDictionary(bytes, index);
    } else if (byte === 0x3c) {
      index = bytes.indexOf(0x3e, index) + 1 || length;
    } else if (byte === 0x5b || byte === 0x5d || byte === 0x7b || byte === 0x7d) {
      index++;
    } else if (byte === 0x2f) {
      index++;
      while (index < length && CLASS[bytes[index]!] === REGULAR) index++;
    } else {
      while (index < length && CLASS[bytes[index]!] === REGULAR) index++;
      if (index === start) index++;
      const token = NUMBER_START[byte] ? undefined : bytes.toString('latin1', start, index);
      if (token !== undefined && !KEYWORD_OPERANDS.has(token)) {
        operator(token, start);
        // An inline image's data is binary: skip to the `EI` that ends it.
        if (token === 'ID') index = skipInlineImage(bytes, index);
        continue;
      }
    }
    if (operationStart < 0) operationStart = start;
  }
  if (inArtifact) insertions.push({ at: length, bytes: CLOSE });
  if (insertions.length === 0) return content;
  const pieces: Buffer[] = [];
  let from = 0;
  for (const { at, bytes: inserted } of insertions) {
    pieces.push(bytes.subarray(from, at), inserted);
    from = at;
  }
  pieces.push(bytes.subarray(from));
  return Buffer.concat(pieces);
}

/** The index after the literal string `(…)` that starts at `start` (nested parentheses and escapes). */
function skipLiteralString(bytes: Buffer, start: number): number {
  let nesting = 0;
  for (let index = start; index < bytes.length; index++) {
    const byte = bytes[index];
    if (byte === 0x5c) index++;
    else if (byte === 0x28) nesting++;
    else if (byte === 0x29 && --nesting === 0) return index + 1;
  }
  return bytes.length;
}

/** The index after the dictionary `<<…>>` that starts at `start` (nested dictionaries, strings inside). */
function skipDictionary(bytes: Buffer, start: number): number {
  let nesting = 0;
  for (let index = start; index < bytes.length; index++) {
    const byte = bytes[index];
    if (byte === 0x28) index = skipLiteralString(bytes, index) - 1;
    else if (byte === 0x3c && bytes[index + 1] === 0x3c) {
      nesting++;
      index++;
    } else if (byte === 0x3e && bytes[index + 1] === 0x3e) {
      index++;
      if (--nesting === 0) return index + 1;
    }
  }
  return bytes.length;
}

/** The index after an inline image's data and its closing `EI`. */
function skipInlineImage(bytes: Buffer, start: number): number {
  for (let index = start + 1; index < bytes.length - 1; index++) {
    if (bytes[index] === 0x45 && bytes[index + 1] === 0x49 && CLASS[bytes[index - 1]!] === SPACE && (index + 2 >= bytes.length || CLASS[bytes[index + 2]!] === SPACE)) {
      return index + 2;
    }
  }
  return bytes.length;
}

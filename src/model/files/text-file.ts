import { readFile, stat } from 'node:fs/promises';
import { decodeUtf8, type NotUtf8 } from './text-decode.ts';
import { formatSize } from './limits.ts';

/** A text file read whole, or why it could not be: every way a file can fail is one reason, never an exception. */
export type TextFileRead =
  | { ok: true; text: string }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'too-large'; size: number; limit: number }
  | ({ ok: false; reason: 'not-utf8' } & NotUtf8)
  | { ok: false; reason: 'unreadable'; code: string };

/** The failures of {@link readTextFile}. */
export type TextFileProblem = Exclude<TextFileRead, { ok: true }>;

/**
 * Reads a UTF-8 text file of at most `limit` bytes. The size is looked at
 * before the file is read, so a huge file costs nothing; the bytes are
 * decoded strictly (see `decodeUtf8`), so text in another encoding is
 * reported instead of read with replacement characters.
 */
export async function readTextFile(absolute: string, limit: number): Promise<TextFileRead> {
  try {
    const info = await stat(absolute);
    if (info.size > limit) return { ok: false, reason: 'too-large', size: info.size, limit };
    const decoded = decodeUtf8(await readFile(absolute));
    return decoded.ok ? decoded : { ...decoded, reason: 'not-utf8' };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return code === 'ENOENT' ? { ok: false, reason: 'missing' } : { ok: false, reason: 'unreadable', code };
  }
}

/**
 * What is wrong with a file, as a sentence about `subject` ("the file",
 * "the source text 005.txt") and the line it concerns. With `lineInMessage`
 * the message names that line too, for an error shown at another file (a
 * source text's problem is shown at its record). A missing file is worded by
 * the caller, which knows where it looked.
 */
export function describeProblem(
  problem: Exclude<TextFileProblem, { reason: 'missing' }>,
  subject: string,
  lineInMessage = false,
): { line: number; message: string } {
  switch (problem.reason) {
    case 'too-large':
      return { line: 1, message: `${subject} is ${formatSize(problem.size)}, more than the limit of ${formatSize(problem.limit)} (see docs/reference/limits.md)` };
    case 'not-utf8': {
      const where = lineInMessage && problem.line > 1 ? ` (first seen at line ${problem.line})` : '';
      return { line: problem.line, message: `${subject} is ${problem.found}: ${problem.binary ? 'it must be UTF-8 text' : 'save it as UTF-8'}${where}` };
    }
    case 'unreadable':
      return { line: 1, message: `${subject} cannot be read (${problem.code})` };
  }
}

import { constants, closeSync, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import path from 'node:path';
import { decodeUtf8, type NotUtf8 } from './text-decode.ts';
import { formatSize } from './limits.ts';

/** A text file read whole, or why it could not be: every way a file can fail is one reason, never an exception. */
export type TextFileRead =
  | { ok: true; text: string }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'too-large'; size: number; limit: number; /** The size is at least this (a file that grows while read, or a device). */ atLeast?: boolean }
  | ({ ok: false; reason: 'not-utf8' } & NotUtf8)
  | { ok: false; reason: 'not-a-file'; /** What it is instead: `a named pipe (FIFO)`, `a device`, `a folder`, `a socket`. */ kind: string }
  | { ok: false; reason: 'outside'; /** The folder the file must be in. */ folder: string; /** Where the link leads. */ target: string }
  | { ok: false; reason: 'changed' }
  | { ok: false; reason: 'unreadable'; code: string };

/** The failures of {@link readTextFile}. */
export type TextFileProblem = Exclude<TextFileRead, { ok: true }>;

// Opened without blocking: a named pipe with no writer would otherwise stop the read (and the check) for ever.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;
const CHUNK = 64 * 1024;

/** What a file that is not a regular file is, in words. */
function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

// The same file, unchanged: size, modification time, and the file itself (inode).
const sameState = (before: Stats, after: Stats) => before.size === after.size && before.mtimeMs === after.mtimeMs && before.ino === after.ino;

/**
 * Reads a UTF-8 text file of at most `limit` bytes, safely whatever is at
 * the path. The file is opened without blocking and looked at through the
 * open descriptor, so only a regular file is read (never a named pipe, a
 * device such as `/dev/zero`, a folder or a socket); the limit is enforced
 * while reading, so a file whose size reads 0 cannot be read without end;
 * a file whose size, time or identity changes while it is read is reported
 * as changed, not read half old and half new. With `folder`, a link that
 * leads outside that folder is refused. The bytes are decoded strictly (see
 * `decodeUtf8`), so text in another encoding is reported instead of read
 * with replacement characters.
 */
export async function readTextFile(absolute: string, limit: number, folder?: string): Promise<TextFileRead> {
  try {
    if (folder) {
      const outside = await linkOutside(absolute, folder);
      if (outside) return outside;
    }
    const handle = await open(absolute, OPEN_FLAGS);
    try {
      const before = await handle.stat();
      if (!before.isFile()) return { ok: false, reason: 'not-a-file', kind: kindOf(before) };
      if (before.size > limit) return { ok: false, reason: 'too-large', size: before.size, limit };
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        const buffer = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        chunks.push(buffer.subarray(0, bytesRead));
        total += bytesRead;
        if (total > limit) return { ok: false, reason: 'too-large', size: total, limit, atLeast: true };
      }
      const after = await handle.stat();
      if (!sameState(before, after) || total !== after.size) return { ok: false, reason: 'changed' };
      return decoded(Buffer.concat(chunks, total));
    } finally {
      await handle.close();
    }
  } catch (error) {
    return failure(error);
  }
}

/** {@link readTextFile}, synchronous: for the settings file, which the site's configuration reads while it loads. */
export function readTextFileSync(absolute: string, limit: number, folder?: string): TextFileRead {
  try {
    if (folder) {
      const outside = linkOutsideSync(absolute, folder);
      if (outside) return outside;
    }
    const fd = openSync(absolute, OPEN_FLAGS);
    try {
      const before = fstatSync(fd);
      if (!before.isFile()) return { ok: false, reason: 'not-a-file', kind: kindOf(before) };
      if (before.size > limit) return { ok: false, reason: 'too-large', size: before.size, limit };
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        const buffer = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
        const bytesRead = readSync(fd, buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        chunks.push(buffer.subarray(0, bytesRead));
        total += bytesRead;
        if (total > limit) return { ok: false, reason: 'too-large', size: total, limit, atLeast: true };
      }
      const after = fstatSync(fd);
      if (!sameState(before, after) || total !== after.size) return { ok: false, reason: 'changed' };
      return decoded(Buffer.concat(chunks, total));
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return failure(error);
  }
}

function decoded(bytes: Buffer): TextFileRead {
  const result = decodeUtf8(bytes);
  return result.ok ? result : { ...result, reason: 'not-utf8' };
}

function failure(error: unknown): TextFileProblem {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  if (code === 'ENOENT') return { ok: false, reason: 'missing' };
  // A socket cannot be opened as a file; a link loop never ends in one.
  if (code === 'ENXIO' || code === 'EOPNOTSUPP') return { ok: false, reason: 'not-a-file', kind: 'a socket or a device' };
  if (code === 'ELOOP') return { ok: false, reason: 'not-a-file', kind: 'a link that leads back to itself' };
  if (code === 'EISDIR') return { ok: false, reason: 'not-a-file', kind: 'a folder' };
  return { ok: false, reason: 'unreadable', code };
}

/**
 * When `absolute` is a link, whether it leads out of `folder` (a content file
 * linked to `/etc/passwd` or `/dev/zero` is not content); undefined when it
 * is not a link or stays inside. Only links cost the extra look-ups.
 */
export async function linkOutside(absolute: string, folder: string): Promise<TextFileProblem | undefined> {
  const info = await lstat(absolute).catch(() => undefined);
  if (!info?.isSymbolicLink()) return undefined;
  const target = await realpath(absolute).catch(() => undefined);
  if (!target) return undefined;
  const home = await realpath(folder).catch(() => path.resolve(folder));
  const inside = path.relative(home, target);
  if (inside && !inside.startsWith('..') && !path.isAbsolute(inside)) return undefined;
  return { ok: false, reason: 'outside', folder, target };
}

/** {@link linkOutside}, synchronous. */
function linkOutsideSync(absolute: string, folder: string): TextFileProblem | undefined {
  if (!lstatSync(absolute, { throwIfNoEntry: false })?.isSymbolicLink()) return undefined;
  let target: string;
  try {
    target = realpathSync(absolute);
  } catch {
    return undefined;
  }
  let home = path.resolve(folder);
  try {
    home = realpathSync(folder);
  } catch {
    // The folder as given.
  }
  const inside = path.relative(home, target);
  if (inside && !inside.startsWith('..') && !path.isAbsolute(inside)) return undefined;
  return { ok: false, reason: 'outside', folder, target };
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
      return {
        line: 1,
        message: problem.atLeast
          ? `${subject} is more than the limit of ${formatSize(problem.limit)} (read until the limit was passed; see docs/reference/limits.md)`
          : `${subject} is ${formatSize(problem.size)}, more than the limit of ${formatSize(problem.limit)} (see docs/reference/limits.md)`,
      };
    case 'not-utf8': {
      const where = lineInMessage && problem.line > 1 ? ` (first seen at line ${problem.line})` : '';
      return { line: problem.line, message: `${subject} is ${problem.found}: ${problem.binary ? 'it must be UTF-8 text' : 'save it as UTF-8'}${where}` };
    }
    case 'not-a-file':
      return { line: 1, message: `${subject} is ${problem.kind}, not a regular file: only plain text files are read; replace it with the file itself` };
    case 'outside':
      return { line: 1, message: `${subject} is a link to ${problem.target}, outside ${problem.folder}: copy the file into the folder instead of linking to it` };
    case 'changed':
      return { line: 1, message: `${subject} changed while it was being read (it was saved during the check or build): run it again once the file is saved` };
    case 'unreadable':
      // The one failure that says nothing about the file: the process ran out of file handles.
      if (problem.code === 'EMFILE' || problem.code === 'ENFILE')
        return { line: 1, message: `${subject} cannot be read: too many files are open at once (${problem.code}); raise the limit (ulimit -n 4096) and run it again` };
      return { line: 1, message: `${subject} cannot be read (${problem.code})` };
  }
}

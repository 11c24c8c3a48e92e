import path from 'node:path';
import { locateFigures, type LocatedFigure } from '../../domain/figure/locate.ts';
import { MAX_SOURCE_TEXT_BYTES } from './limits.ts';
import { describeProblem, readTextFile } from './text-file.ts';

/** A source text as read: its text, or what is wrong with the file, worded for the record's `text:` line. */
export type SourceText = { ok: true; text: string } | { ok: false; problem: string };

/** Reads source texts by file name, once each, and scans each for its figures once. */
export class SourceTexts {
  readonly dir: string;
  private readonly cache = new Map<string, Promise<SourceText>>();
  private readonly figures = new Map<string, Promise<LocatedFigure[] | undefined>>();
  constructor(dir: string) {
    this.dir = dir;
  }

  /**
   * The text of `file`, or what is wrong with it: missing from the folder,
   * empty, larger than {@link MAX_SOURCE_TEXT_BYTES}, binary, or not UTF-8.
   * A text that cannot be read is one error at its record rather than a
   * "not printed in source" for each figure checked against it.
   */
  load(file: string): Promise<SourceText> {
    let text = this.cache.get(file);
    if (!text) {
      text = readSourceText(this.dir, file);
      this.cache.set(file, text);
    }
    return text;
  }

  /** The text of `file`, or undefined when it cannot be read (see {@link load} for why). */
  async read(file: string): Promise<string | undefined> {
    const text = await this.load(file);
    return text.ok ? text.text : undefined;
  }

  /** Every whole figure the text of `file` prints, located (see `locateFigures`), or undefined when it cannot be read. */
  located(file: string): Promise<LocatedFigure[] | undefined> {
    let figures = this.figures.get(file);
    if (!figures) {
      figures = this.read(file).then((text) => (text === undefined ? undefined : locateFigures(text)));
      this.figures.set(file, figures);
    }
    return figures;
  }
}

/** Reads one source text, wording each way it can fail after the record's `text:` field. */
async function readSourceText(dir: string, file: string): Promise<SourceText> {
  const read = await readTextFile(path.join(dir, file), MAX_SOURCE_TEXT_BYTES, dir);
  const subject = `the source text ${file}`;
  if (!read.ok) {
    if (read.reason === 'missing') return { ok: false, problem: `no file ${file} in the source-text folder ${dir}` };
    return { ok: false, problem: describeProblem(read, subject, true).message };
  }
  // An empty text would print no figure, so every figure would be "not printed": say what is really wrong.
  if (read.text.trim() === '') return { ok: false, problem: `${subject} is empty: put the source's full text in it, or write text: unknown` };
  return read;
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { locateFigures, type LocatedFigure } from '../domain/figure/locate.ts';

/** Reads source texts by file name, once each, and scans each for its figures once. */
export class SourceTexts {
  readonly dir: string;
  private readonly cache = new Map<string, Promise<string | undefined>>();
  private readonly figures = new Map<string, Promise<LocatedFigure[] | undefined>>();
  constructor(dir: string) {
    this.dir = dir;
  }

  /** The text of `file`, or undefined when the folder has no such file. */
  read(file: string): Promise<string | undefined> {
    let text = this.cache.get(file);
    if (!text) {
      text = readFile(path.join(this.dir, file), 'utf8').catch(() => undefined);
      this.cache.set(file, text);
    }
    return text;
  }

  /** Every whole figure the text of `file` prints, located (see `locateFigures`), or undefined when the folder has no such file. */
  located(file: string): Promise<LocatedFigure[] | undefined> {
    let figures = this.figures.get(file);
    if (!figures) {
      figures = this.read(file).then((text) => (text === undefined ? undefined : locateFigures(text)));
      this.figures.set(file, figures);
    }
    return figures;
  }
}

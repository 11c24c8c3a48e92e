import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Reads source texts by file name, once each. */
export class SourceTexts {
  readonly dir: string;
  private readonly cache = new Map<string, Promise<string | undefined>>();
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
}

/** Text with all whitespace removed: source texts are hard-wrapped and spaced unpredictably. */
export function withoutWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}

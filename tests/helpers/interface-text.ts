// What a reader of a built site sees that the casebook's content does not supply: the interface. A page's
// text and accessible names are split into runs of Chinese (Han characters and CJK punctuation); a run that
// is not part of any content field (a title, summary, body, source record, setting…) was written by the
// interface. The English-interface test asserts there are none.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';

/** Han characters and the CJK punctuation the Chinese interface uses (full-width brackets, quotes, ideographic space). */
export const CHINESE_RUN = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”]+/gu;

/** Attributes whose values readers or their tools see: accessible names and descriptions, placeholders, meta text, script messages. */
const READ_ATTRIBUTES = ['aria-label', 'alt', 'title', 'placeholder', 'content', 'data-copied', 'data-copy-by-hand'];

/** Every string value of a parsed YAML document or frontmatter, recursively. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * Everything a content folder says, as one text to look runs up in: the values of its YAML files (series,
 * sources, settings), each case's frontmatter values and body, and `extra` (settings kept elsewhere).
 * Source full texts are not in it: the only place pages quote them is a receipt's quote, which
 * `interfaceRuns` leaves out by its element.
 */
export function contentText(folder: string, extra: readonly string[] = []): string {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((name) => path.join(folder, name));
  const parts = [...extra];
  for (const file of files) {
    if (/\.ya?ml$/.test(file)) parts.push(...strings(parseYaml(readFileSync(file, 'utf8'))));
    if (file.endsWith('.mdx')) {
      const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8')) ?? [];
      parts.push(...strings(parseYaml(frontmatter)), body);
    }
  }
  return parts.join('\n');
}

/** A run of Chinese in the interface: where it was found and the run itself. */
export interface InterfaceRun {
  where: string;
  run: string;
}

/** The Chinese runs of `text` that `content` does not hold. */
export function foreignRuns(text: string, content: string): string[] {
  return [...new Set(text.match(CHINESE_RUN) ?? [])].filter((run) => !content.includes(run));
}

/**
 * The Chinese runs of a built page's interface that `content` does not hold: in every text node (one at a
 * time, so runs do not join across cells and tags) but a receipt's quote of a source's text, and in every
 * read attribute.
 */
export function interfaceRuns(html: string, content: string, where: string): InterfaceRun[] {
  const { document } = parseHTML(html);
  const runs: InterfaceRun[] = [];
  const found = (text: string, place: string) => runs.push(...foreignRuns(text, content).map((run) => ({ where: place, run })));
  for (const element of document.querySelectorAll('*')) {
    for (const name of READ_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value) found(value, `${where} <${element.localName} ${name}="${value}">`);
    }
    if (element.matches('script, style, q.receipt-quote, q.receipt-quote *')) continue;
    for (const node of element.childNodes) if (node.nodeType === 3) found(node.textContent ?? '', `${where} <${element.localName}>`);
  }
  return runs;
}

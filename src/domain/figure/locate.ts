import { figuresIn } from './scan.ts';
import { wholeFigures } from './spans.ts';
import { isLatinText } from './english-scan.ts';
import type { ParsedFigure } from './parse.ts';
import * as normalise from '../normalise.ts';

/** The sentence that prints a figure, in three parts so a page can mark the figure. */
export interface Quote {
  before: string;
  figure: string;
  after: string;
}

/** Where a source text prints a figure: what a reader needs to find it and see it in context. */
export interface Receipt {
  /** 1-based paragraph of the text, hard line wraps undone (see `paragraphs`). */
  paragraph: number;
  /** 1-based line of the text file where the figure starts, for editors. */
  line: number;
  /** Character offset of the figure from the start of the text file. */
  offset: number;
  /** The sentence around the figure, line wraps removed, shortened with … when long. */
  quote: Quote;
}

/** A whole figure a source text prints, read and located. */
export interface LocatedFigure extends Receipt {
  parsed: ParsedFigure;
}

// Longest context kept on either side of the figure: a receipt quotes a sentence, not a page.
const CONTEXT = 80;
const SENTENCE_END = /[。！？!?；;]/u;
const PARAGRAPH_END = /[。！？!?；;：:…”」』）)】.]/u;
const CLOSERS = /[”’」』）)】]/u;
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u;

/**
 * Every whole figure `text` prints (see `figuresIn`), with its paragraph,
 * offset and sentence. Each Chinese paragraph is read with its whitespace
 * removed and full-width forms folded (`normalise.sourceText`), so `15 家`,
 * `１５家` and a figure wrapped across lines are found as `15家`; an English
 * paragraph (see `isLatinText`) keeps one space between words, so
 * `reaches 97%` is found as `97%` and a figure wrapped across lines as
 * `1,300 people`. A Chinese figure is taken with the change verb before it
 * (`下降3.2%`; see `wholeFigures`). The quote is taken from the original text, so readers
 * see the source's own characters.
 */
export function locateFigures(text: string): LocatedFigure[] {
  const located: LocatedFigure[] = [];
  let paragraph = 0;
  let line = 1;
  let counted = 0;
  for (const { start, end } of paragraphs(text)) {
    paragraph++;
    // The folded paragraph, and for each of its code units the offset in `text` it came from.
    // English paragraphs keep the spaces between words; Chinese ones are read without whitespace.
    const latin = isLatinText(text.slice(start, end));
    const { text: folded, origin } = normalise.sourceText(text, start, end, latin);
    const found = figuresIn(folded, latin);
    for (const { offset, figure } of latin ? found : wholeFigures(folded, found)) {
      const from = origin[offset]!;
      const last = origin[offset + figure.printed.length - 1]!;
      const to = last + String.fromCodePoint(text.codePointAt(last)!).length;
      for (; counted < from; counted++) if (text.charCodeAt(counted) === 10) line++;
      located.push({ parsed: figure, paragraph, line, offset: from, quote: quoteAround(text, start, end, from, to) });
    }
  }
  return located;
}

/**
 * The paragraphs of `text` as [start, end) offsets. Source texts come
 * hard-wrapped in every way: one line per paragraph, blank lines between
 * wrapped lines, or wrapped lines in blocks. A line break, blank lines or
 * not, continues the paragraph when the line before it is about as long as
 * the text's usual line and does not end a sentence; otherwise it starts a
 * new one (a heading, the end of a paragraph).
 */
function* paragraphs(text: string): Generator<{ start: number; end: number }> {
  const lines = [...text.matchAll(/[^\n]+/gu)]
    .map((match) => {
      const leading = match[0].length - match[0].trimStart().length;
      return { start: match.index! + leading, end: match.index! + match[0].trimEnd().length };
    })
    .filter((line) => line.end > line.start);
  if (!lines.length) return;
  const lengths = lines.map((line) => line.end - line.start).sort((a, b) => a - b);
  const usual = lengths[Math.floor(lengths.length / 2)]!;
  let start = lines[0]!.start;
  for (const [index, line] of lines.entries()) {
    const next = lines[index + 1];
    const continues = next && line.end - line.start >= 0.8 * usual && !PARAGRAPH_END.test(text[line.end - 1]!);
    if (continues) continue;
    yield { start, end: line.end };
    if (next) start = next.start;
  }
}

/** The sentence of the paragraph [start, end) around the figure at [from, to). */
function quoteAround(text: string, start: number, end: number, from: number, to: number): Quote {
  let head = from;
  while (head > start && !endsSentence(text, head - 1)) head--;
  // A closing quote after the full stop belongs to the sentence before: 。”他说
  while (head < from && (CLOSERS.test(text[head]!) || /\s/u.test(text[head]!))) head++;
  let tail = to;
  while (tail < end && !endsSentence(text, tail)) tail++;
  if (tail < end) tail++;
  while (tail < end && CLOSERS.test(text[tail]!)) tail++;
  const before = collapse(text, head, from).trimStart();
  const after = collapse(text, to, tail).trimEnd();
  return {
    before: before.length > CONTEXT ? `…${before.slice(-CONTEXT)}` : before,
    figure: collapse(text, from, to),
    after: after.length > CONTEXT ? `${after.slice(0, CONTEXT)}…` : after,
  };
}

/** Whether the character at `index` ends a sentence: 。！？；, or an English full stop before a space (never 2.6's point). */
function endsSentence(text: string, index: number): boolean {
  return SENTENCE_END.test(text[index]!) || (text[index] === '.' && /\s/u.test(text[index + 1] ?? ''));
}

/**
 * `text` from `from` to `to` with its line wraps undone: whitespace between
 * Chinese characters goes (hard-wrapped text), between Latin words it
 * becomes one space.
 */
function collapse(text: string, from: number, to: number): string {
  return text.slice(from, to).replace(/\s+/gu, (run, offset: number) => {
    const previous = text[from + offset - 1] ?? '';
    const next = text[from + offset + run.length] ?? '';
    return WIDE.test(previous) || WIDE.test(next) || previous === '' || next === '' ? '' : ' ';
  });
}

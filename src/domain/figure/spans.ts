import { changeVerbBefore, parseChineseFigure, RANGE_SEPARATORS } from './parse.ts';
import type { PrintedFigure } from './scan.ts';
import { simplifiedFigureText } from './simplified.ts';

// 翻一番, 翻两番, 翻倍, 翻番 (and 翻了一番): doublings, which carry no digits for the figure scanner to start at.
const DOUBLINGS = /翻了?(?:[一两二三四]番|一?倍|番)/gu;

/**
 * The figures of a Chinese source paragraph (`text`, as `figuresIn` read it)
 * taken whole with the words around them that change what they state: a
 * change verb right before a figure (`下降3.2%`, `跌逾1%`, but not
 * `下降到3.2%`), a rate's 每 and per-unit (`每斤1.8元`), the two ends of a range (`2300—2500元`, `3至5年`), and
 * the doublings `翻一番`, `翻两番`, `翻倍`. A figure
 * with its verb replaces the bare one, so a statistic `3.2%` is compared
 * with what the source says it is: a fall of 3.2 %.
 */
export function wholeFigures(printed: string, figures: readonly PrintedFigure[]): PrintedFigure[] {
  // Verbs and separators are matched in simplified forms (增長 is 增长); offsets are the same in both.
  const text = simplifiedFigureText(printed);
  const doublings: PrintedFigure[] = [];
  for (const match of text.matchAll(DOUBLINGS)) {
    const read = parseChineseFigure(match[0]);
    if (read.ok) doublings.push({ offset: match.index!, figure: read.figure });
  }
  // The 一 of 翻一番 is part of the doubling, not a figure of its own.
  const inside = (found: PrintedFigure) => doublings.some(({ offset, figure }) => found.offset > offset && found.offset < offset + figure.printed.length);
  const whole = ranges(text, figures.filter((found) => !inside(found))).map((found) => withChange(text, withEach(text, found)));
  return [...whole, ...doublings].sort((a, b) => a.offset - b.offset);
}

/**
 * The figures with each two that make a range taken as one (`2300` and
 * `2500元` in `2300—2500元`), so no end of a range is found on its own; two
 * that do not read as a range (`2023-05`) stay as they are.
 */
function ranges(text: string, figures: readonly PrintedFigure[]): PrintedFigure[] {
  const merged: PrintedFigure[] = [];
  for (let index = 0; index < figures.length; index++) {
    const low = figures[index]!;
    const high = figures[index + 1];
    const end = low.offset + low.figure.printed.length;
    if (high && RANGE_SEPARATORS.includes(text.slice(end, high.offset))) {
      const read = parseChineseFigure(text.slice(low.offset, high.offset + high.figure.printed.length));
      if (read.ok && read.figure.range) {
        merged.push({ offset: low.offset, figure: read.figure });
        index++;
        continue;
      }
    }
    merged.push(low);
  }
  return merged;
}

/** The figure with the 每 and per-unit printed right before it (`每斤1.8元`), when the two read as a rate. */
function withEach(text: string, found: PrintedFigure): PrintedFigure {
  if (found.figure.per || found.figure.change) return found;
  // The per-unit is one to four characters: 每斤, 每平方米.
  for (let length = 2; length <= 5; length++) {
    const offset = found.offset - length;
    if (offset < 0 || text[offset] !== '每') continue;
    const read = parseChineseFigure(text.slice(offset, found.offset + found.figure.printed.length));
    if (read.ok && read.figure.per) return { offset, figure: read.figure };
  }
  return found;
}

/** The figure with the change verb (and any 了) printed right before it, when there is one and the two read as a change. */
function withChange(text: string, found: PrintedFigure): PrintedFigure {
  if (found.figure.change) return found;
  const verb = changeVerbBefore(text, found.offset);
  if (!verb) return found;
  const { offset } = verb;
  const read = parseChineseFigure(text.slice(offset, found.offset + found.figure.printed.length));
  return read.ok ? { offset, figure: read.figure } : found;
}

import { textWidth } from '../text-width.ts';

/**
 * Chart labels set without measuring any font: widths are estimated in ems
 * for any CJK font (`ANY_CJK_FONT` in `../text-width.ts`: a Han character or
 * full-width sign is 1 em in every CJK font; Latin letters and digits are
 * narrower), so a label wraps the same on every build machine and in every
 * reader's font, and is never cut.
 */

// Characters a line must not start with (closing punctuation) or end with (opening punctuation).
const NO_LINE_START = new Set([...'，。、；：？！）》〉」』】”’…·％%,.;:?!)]}']);
const NO_LINE_END = new Set([...'（《〈「『【“‘([{']);

/**
 * Splits `text` into lines no wider than `maxEm` (see `textWidth`), keeping
 * every character: runs of Latin letters and digits stay whole, closing
 * punctuation stays at the end of its line and opening punctuation moves to
 * the next. A single run wider than a line is broken between characters.
 */
export function wrapLabel(text: string, maxEm: number): string[] {
  const greedy = fill(text, maxEm);
  if (greedy.length < 2) return greedy;
  // As many lines, evened out: no last line of one character under a full one.
  for (let width = textWidth(text) / greedy.length; width < maxEm; width += 0.5) {
    const even = fill(text, width);
    if (even.length === greedy.length) return even;
  }
  return greedy;
}

function fill(text: string, maxEm: number): string[] {
  const tokens = text.trim().match(/[A-Za-z0-9.+\-/]+|\s+|./gsu) ?? [];
  const lines: string[] = [];
  let line = '';
  const start = (token: string) => {
    if (/^\s+$/.test(token)) return;
    for (const char of textWidth(token) > maxEm ? [...token] : [token]) {
      if (line !== '' && textWidth(line + char) > maxEm) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  };
  for (const token of tokens) {
    if (line === '') start(token);
    // A closing mark hangs at the end of the line it closes rather than starting the next.
    else if (textWidth(line + token) <= maxEm || NO_LINE_START.has(token)) line += token;
    else {
      // Opening marks go over to the next line with the word they open.
      let carried = '';
      while (line.length > 1 && NO_LINE_END.has(line.at(-1)!)) {
        carried = line.at(-1)! + carried;
        line = line.slice(0, -1);
      }
      lines.push(line.trimEnd());
      line = carried;
      if (carried === '') start(token);
      else line += /^\s+$/.test(token) ? '' : token;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

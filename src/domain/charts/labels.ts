/**
 * Chart labels set without measuring any font: widths are estimated in ems
 * (a Han character or full-width sign is 1 em in every CJK font; Latin
 * letters and digits are narrower), so a label wraps the same on every build
 * machine and in every reader's font, and is never cut.
 */

/** The estimated width of `text` in ems: 1 for Han and full-width characters, less for Latin, digits and spaces. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

function charWidth(char: string): number {
  const code = char.codePointAt(0)!;
  if (code === 0x20) return 0.3;
  if (code < 0x7f) return /[A-Z]/.test(char) ? 0.68 : /[mwMW%@]/.test(char) ? 0.85 : 0.58;
  // Latin-1 and the like: as wide as a capital. Everything from the general punctuation block up
  // (curly quotes, ≈, CJK, full-width forms) is set full width by the site's CJK fonts: 1 em, erring wide.
  return code < 0x2000 ? 0.68 : 1;
}

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

/**
 * Text as a Markdown code span inside a table cell: long enough backtick
 * fences for any backticks it holds, and `|` escaped, which GitHub's tables
 * split on even inside code.
 */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const padded = longest > 0 || text.startsWith(' ') ? ` ${text} ` : text;
  return `${fence}${padded.replaceAll('|', '\\|')}${fence}`;
}

/** Markdown text for a table cell: `|` escaped, no line breaks. */
export function tableCell(text: string): string {
  return text.replaceAll('|', '\\|').replace(/\n+/g, ' ');
}

/** Marks around a generated part of a page: the text between them is replaced by `npm run docs`. */
export const blockStart = (name: string) => `<!-- generated:${name} (npm run docs writes this part; do not edit it by hand) -->`;
export const blockEnd = (name: string) => `<!-- /generated:${name} -->`;

/** The page with its generated block `name` replaced by `content`; the marks must be there. */
export function replaceBlock(page: string, name: string, content: string): string {
  const start = page.indexOf(blockStart(name));
  const end = page.indexOf(blockEnd(name));
  if (start < 0 || end < start) throw new Error(`the page has no ${blockStart(name)} … ${blockEnd(name)} block`);
  return `${page.slice(0, start)}${blockStart(name)}\n\n${content.trim()}\n\n${page.slice(end)}`;
}

import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// remark-gfm and the CJK plugins add micromark syntax extensions, so parsing alone applies them;
// the CJK plugins must extend this same remark-gfm instance (hence one shared processor).
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkCjkFriendly).use(remarkCjkFriendlyGfmStrikethrough).freeze();

/** Where a syntax error stands in the body, 1-based, counted from the body's first line; the message counts file lines. */
export interface BodySyntaxError {
  line: number;
  column: number;
  message: string;
}

/**
 * Parses a case body (MDX: Markdown, GFM and JSX tags) into an mdast tree
 * once; every later step (the `<Stat>` reader, the prose checks, the HTML and
 * the search sections) reads this tree. Positions are relative to the body;
 * places the parser names inside its message are given as file lines
 * (`firstLine` is the file line the body starts on), as the editor sees them.
 * A syntax error is returned at its place; any other exception (the parser
 * running out of stack) is thrown, for the caller to report. Run
 * `bodyLimitProblem` first: the parser is not safe on unbounded nesting.
 */
export function parseBody(body: string, firstLine = 1): { ok: true; tree: Root } | { ok: false; error: BodySyntaxError } {
  try {
    return { ok: true, tree: processor.parse(body) };
  } catch (error) {
    const reason = (error as { reason?: unknown }).reason;
    // micromark reports syntax errors as a VFileMessage with a reason and a place; anything else is not about the text.
    if (typeof reason !== 'string') throw error;
    const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
    const point = place && 'start' in place && place.start ? place.start : place;
    const line = point?.line ?? 1;
    const column = point?.column ?? 1;
    return { ok: false, error: notALink(body, line, column, reason) ?? { line, column, message: `MDX syntax: ${inFileLines(reason, firstLine)}` } };
  }
}

/** micromark names places in its messages as `(line:column-line:column)` of the text it parsed: shift them to file lines. */
function inFileLines(reason: string, firstLine: number): string {
  return reason.replace(/\((\d+):(\d+)-(\d+):(\d+)\)/g, (_all, l1: string, c1: string, l2: string, c2: string) => `(${Number(l1) + firstLine - 1}:${c1}-${Number(l2) + firstLine - 1}:${c2})`);
}

// Markdown's autolinks (<https://…>, <name@example.org>) are tags to MDX, which stops at their `/` or `@`, or at
// the end of the paragraph for <www.example.org>, with a note of its own; say what to write instead, at the `<`.
const ADDRESS = /^<((?:[a-z][a-z0-9+.-]{1,31}:[^\s<>]*)|(?:[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)|(?:www\.[^\s<>]+))>/i;

/** Casebook's own message for an autolink MDX refuses, if the syntax error at `line`:`column` is one. */
function notALink(body: string, line: number, column: number, reason: string): BodySyntaxError | undefined {
  // <www.example.org> is read as a tag named www.example.org never closed; MDX names where it was opened.
  const unclosed = /^Expected a closing tag for `<(www\.[^`>]+)>` \((\d+):(\d+)-/.exec(reason);
  const at = unclosed ? { line: Number(unclosed[2]), column: Number(unclosed[3]) } : { line, column };
  const text = body.split(/\r\n|\r|\n/)[at.line - 1] ?? '';
  const start = text.lastIndexOf('<', at.column - 1);
  const address = start < 0 ? undefined : ADDRESS.exec(text.slice(start))?.[1];
  if (!address) return undefined;
  const url = /^[a-z][a-z0-9+.-]*:/i.test(address) ? address : address.includes('@') ? `mailto:${address}` : `https://${address}`;
  const shown = (value: string) => (value.length > 80 ? `${value.slice(0, 79)}…` : value);
  return { line: at.line, column: start + 1, message: `<${shown(address)}> is not a link in MDX: write [text](${shown(url)})` };
}

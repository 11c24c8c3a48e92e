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

/** Where a syntax error stands in the body, 1-based, counted from the body's first line. */
export interface BodySyntaxError {
  line: number;
  column: number;
  message: string;
}

/**
 * Parses a case body (MDX: Markdown, GFM and JSX tags) into an mdast tree
 * once; every later step (the `<Stat>` reader, the prose checks, the HTML and
 * the search sections) reads this tree. Positions are relative to the body.
 */
export function parseBody(body: string): { ok: true; tree: Root } | { ok: false; error: BodySyntaxError } {
  try {
    return { ok: true, tree: processor.parse(body) };
  } catch (error) {
    const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
    const point = place && 'start' in place && place.start ? place.start : place;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    return { ok: false, error: { line: point?.line ?? 1, column: point?.column ?? 1, message: `MDX syntax: ${reason}` } };
  }
}

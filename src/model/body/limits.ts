import type { Nodes, Root } from 'mdast';
import type { BodyProblem } from './components.ts';

/**
 * How large and how deep a case body may be. The MDX parser and the tree
 * walkers behind it recurse once per level of nesting and spend time that
 * grows with the square of some nestings (a list 1,000 deep took 40 s and
 * then overflowed the stack), so odd input is refused before it reaches
 * them, with one error at its line. Every limit is far beyond a real case:
 * the bundled cases are at most 15 KB, with lines of at most 450 characters,
 * lists and quotes at most 2 deep and 19 marks in a paragraph.
 */
export const BODY_LIMITS = {
  /** Bytes of UTF-8 in the body. */
  bytes: 512 * 1024,
  /** Characters (UTF-16 units) in one line; a Chinese paragraph is one line. */
  lineLength: 10_000,
  /** Lists, block quotes and footnote definitions inside one another. */
  nesting: 20,
  /** Tags (`<NotClaim>`) inside one another. */
  tags: 20,
  /** The marks `* _ ~ [ <` in one paragraph: what emphasis, links and tags are made of. */
  paragraphMarks: 500,
  /** Levels of the parsed tree in all (blocks, emphasis, links, tags), checked after parsing. */
  treeDepth: 100,
} as const;

/**
 * The first limit `body` goes beyond (see `BODY_LIMITS`), or undefined.
 * One pass over the text, before the MDX parser runs: time and memory grow
 * with the length of the body only, so a list 3,000 deep is refused in
 * milliseconds. The counts of lists, quotes and marks are never less than
 * what the parser would build, so nothing beyond those limits gets through;
 * the count of tags is an estimate, backed by `treeDepthProblem` after
 * parsing and by the caller catching a parser that runs out of stack.
 */
export function bodyLimitProblem(body: string): BodyProblem | undefined {
  const bytes = Buffer.byteLength(body, 'utf8');
  const tooLarge = bytes > BODY_LIMITS.bytes;
  // A list too deep is named at its line even in a body that is also too large (a deep indented list is large
  // too), but only the first `bytes` characters are read for it, so the time stays bounded.
  const lineProblem = firstLineProblem(tooLarge ? body.slice(0, BODY_LIMITS.bytes) : body);
  if (lineProblem || !tooLarge) return lineProblem;
  return { line: 1, column: 1, message: `the body is ${Math.ceil(bytes / 1024)} KB: a case body may be at most ${BODY_LIMITS.bytes / 1024} KB` };
}

/** The first line that goes beyond the length, nesting or paragraph limits. */
function firstLineProblem(body: string): BodyProblem | undefined {
  const lines = body.split(/\r\n|\r|\n/);
  const containers = new ContainerDepth();
  const tags = new TagDepth();
  let paragraph: { line: number; marks: number } | undefined;
  for (const [index, line] of lines.entries()) {
    const number = index + 1;
    if (line.length > BODY_LIMITS.lineLength) {
      return { line: number, column: 1, message: `line of ${line.length} characters: a line may be at most ${BODY_LIMITS.lineLength}; start a new paragraph (a blank line) where the text allows` };
    }
    if (isBlank(line)) {
      paragraph = undefined;
      containers.blankLine();
      tags.blankLine();
      continue;
    }
    const container = containers.line(line);
    if (container.depth > BODY_LIMITS.nesting) {
      return { line: number, column: container.column, message: `nesting ${container.depth} deep: lists and quotes may nest at most ${BODY_LIMITS.nesting} levels` };
    }
    const tag = tags.line(line);
    if (tag.depth > BODY_LIMITS.tags) {
      return { line: number, column: tag.column, message: `nesting ${tag.depth} deep: tags may nest at most ${BODY_LIMITS.tags} levels` };
    }
    paragraph ??= { line: number, marks: 0 };
    paragraph.marks += countMarks(line);
    if (paragraph.marks > BODY_LIMITS.paragraphMarks) {
      let marks = paragraph.marks;
      for (let rest = index + 1; rest < lines.length && !isBlank(lines[rest]!); rest++) marks += countMarks(lines[rest]!);
      return {
        line: paragraph.line,
        column: 1,
        message: `paragraph with ${marks} of the marks * _ ~ [ <: a paragraph may hold at most ${BODY_LIMITS.paragraphMarks} (emphasis, links and tags are made of them); split it`,
      };
    }
  }
  return undefined;
}

const isBlank = (line: string) => /^[ \t]*$/.test(line);

/**
 * The deepest nesting of lists, quotes and footnote definitions the
 * pre-scan counts in `body`: never less than the parser builds (tested
 * against it), and as much more only as a lazy line may be.
 */
export function containerNesting(body: string): number {
  const containers = new ContainerDepth();
  let deepest = 0;
  for (const line of body.split(/\r\n|\r|\n/)) {
    if (isBlank(line)) containers.blankLine();
    else deepest = Math.max(deepest, containers.line(line).depth);
  }
  return deepest;
}

/**
 * How many containers (lists, quotes, footnote definitions) may be open on
 * each line, as an upper bound. A line opens a quote per `>` and a list or
 * footnote per marker; it can continue a list item only with 2 or more
 * columns of indentation each, and no more than were open. A line right
 * after another may instead be a lazy continuation of its paragraph, inside
 * every container still open; after a blank line it cannot.
 */
class ContainerDepth {
  private open = 0;
  private afterBlank = true;

  blankLine(): void {
    this.afterBlank = true;
  }

  line(line: string): { depth: number; column: number } {
    const prefix = containerPrefix(line);
    const depth = Math.max(this.afterBlank ? 0 : this.open, prefix.quotes + prefix.markers + Math.min(Math.floor(prefix.indent / 2), this.open));
    this.open = depth;
    this.afterBlank = false;
    return { depth, column: prefix.column };
  }
}

/** The marks emphasis, strikethrough, links, images and tags are made of, escaped or not (counting more is safe). */
function countMarks(line: string): number {
  let marks = 0;
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    // * _ ~ [ <
    if (code === 42 || code === 95 || code === 126 || code === 91 || code === 60) marks++;
  }
  return marks;
}

/**
 * What opens containers at the start of a line: `>` quote markers, list
 * markers (`-`, `*`, `+`, `1.`, `1)` before a space or the line's end),
 * footnote labels (`[^1]:`), and the columns of indentation among them
 * (tabs to the next multiple of 4). An item continued from an earlier line
 * needs at least 2 columns of indentation, so `indent / 2` bounds those.
 * A trailing `- - -` or `* * *` is a thematic break, not three lists.
 */
function containerPrefix(line: string): { quotes: number; markers: number; indent: number; column: number } {
  let quotes = 0;
  let markers = 0;
  let indent = 0;
  let column = 0;
  let index = 0;
  let first = -1;
  // The bullets at the end of the prefix, if all the same character: a thematic break when there are 3 or more.
  let run = { char: '', count: 0 };
  const endOrSpace = (at: number) => at >= line.length || line[at] === ' ' || line[at] === '\t';
  while (index < line.length) {
    const char = line[index]!;
    if (char === ' ' || char === '\t') {
      const width = char === '\t' ? 4 - (column % 4) : 1;
      indent += width;
      column += width;
      index++;
      continue;
    }
    if (first < 0) first = index;
    if (char === '>') {
      quotes++;
      run = { char: '', count: 0 };
      column++;
      index++;
    } else if ((char === '-' || char === '*' || char === '+') && endOrSpace(index + 1)) {
      markers++;
      run = run.char === char ? { char, count: run.count + 1 } : { char, count: 1 };
      column++;
      index++;
    } else if (char >= '0' && char <= '9') {
      let end = index;
      while (end < line.length && end - index < 9 && line[end]! >= '0' && line[end]! <= '9') end++;
      if ((line[end] !== '.' && line[end] !== ')') || !endOrSpace(end + 1)) break;
      markers++;
      run = { char: '', count: 0 };
      column += end + 1 - index;
      index = end + 1;
    } else if (char === '[' && line[index + 1] === '^') {
      let end = index + 2;
      while (end < line.length && line[end] !== ']') end += line[end] === '\\' ? 2 : 1;
      if (line[end] !== ']' || line[end + 1] !== ':') break;
      markers++;
      run = { char: '', count: 0 };
      column += end + 2 - index;
      index = end + 2;
    } else {
      break;
    }
  }
  if (index >= line.length && run.count >= 3 && run.char !== '+') markers -= run.count;
  return { quotes, markers, indent, column: first < 0 ? 1 : first + 1 };
}

/**
 * How deep tags (`<NotClaim>…</NotClaim>`) stand, line by line, across the
 * body: `<Name` opens, `</` and a tag's own `/>` close (not one inside an
 * attribute's quotes or braces). Text in backticks, escaped `\<`,
 * `<https://…>` and `<a@b.c>` are not tags. An estimate (a `}` in a comment
 * inside an attribute's braces fools it): the tree's depth is checked again
 * after parsing, and a parser that still runs out of stack is caught.
 */
const TAG_START = /^<(?:([\p{ID_Start}$_][\p{ID_Continue}$.:-]*)(?=[\s/>{]|$)|>)/u;

class TagDepth {
  private depth = 0;
  private inTag = false;
  private quote = '';
  private braces = 0;
  private inCode = false;

  /** A blank line ends any paragraph, code span or half-written tag. */
  blankLine(): void {
    this.inTag = false;
    this.quote = '';
    this.braces = 0;
    this.inCode = false;
  }

  /** Reads one line; returns the deepest nesting it reaches and the column of the tag that reaches it. */
  line(line: string): { depth: number; column: number } {
    let deepest = { depth: this.depth, column: 1 };
    for (let index = 0; index < line.length; index++) {
      const char = line[index]!;
      if (this.inTag) {
        if (this.quote) {
          if (char === this.quote) this.quote = '';
        } else if (char === '"' || char === "'" || (char === '`' && this.braces > 0)) {
          this.quote = char;
        } else if (char === '{') {
          this.braces++;
        } else if (char === '}') {
          this.braces = Math.max(0, this.braces - 1);
        } else if (this.braces > 0) {
          // Inside an attribute's {…} expression, `>` and `/>` are code, not the end of the tag.
        } else if (char === '/' && line[index + 1] === '>') {
          this.inTag = false;
          this.depth = Math.max(0, this.depth - 1);
          index++;
        } else if (char === '>') {
          this.inTag = false;
        }
        continue;
      }
      if (char === '`') {
        while (line[index + 1] === '`') index++;
        this.inCode = !this.inCode;
        continue;
      }
      if (this.inCode || char !== '<' || line[index - 1] === '\\') continue;
      if (line[index + 1] === '/') {
        this.depth = Math.max(0, this.depth - 1);
        continue;
      }
      // A tag starts right after `<` (`a < b` is text); a name with `:` before `/` is an address (<https://…>).
      const name = TAG_START.exec(line.slice(index, index + 200));
      if (!name || (name[1]?.includes(':') && line[index + name[0].length] === '/')) continue;
      this.depth++;
      this.inTag = true;
      if (this.depth > deepest.depth) deepest = { depth: this.depth, column: index + 1 };
    }
    return deepest;
  }
}

/**
 * The first node of a parsed body deeper than `BODY_LIMITS.treeDepth`, as a
 * problem at its place, or undefined. Walks the tree with its own stack, so
 * it cannot overflow; run before anything that recurses (rendering).
 */
export function treeDepthProblem(tree: Root): BodyProblem | undefined {
  let first: Nodes | undefined;
  let deepest = 0;
  const stack: [Nodes, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (depth > BODY_LIMITS.treeDepth) first ??= node;
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push([node.children[index] as Nodes, depth + 1]);
  }
  if (!first) return undefined;
  return {
    line: first.position?.start.line ?? 1,
    column: first.position?.start.column ?? 1,
    message: `nesting ${deepest} deep: lists, quotes, tags, emphasis and links may nest at most ${BODY_LIMITS.treeDepth} levels in all`,
  };
}

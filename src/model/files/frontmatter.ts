import type { Diagnostic } from '../diagnostics.ts';
import { caseSchema } from '../schemas/case.ts';
import { fullWidthColon, parseYamlSource, type YamlSource } from './yaml-source.ts';

/** An MDX file split into its frontmatter (with positions) and its body. */
export interface FrontmatterFile {
  frontmatter: YamlSource;
  /** The body after the closing `---`. */
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  /** The YAML between the `---` lines, as written. */
  yamlText: string;
}

// V8 keeps a whole string alive for as long as any slice of it lives. The YAML text (and the field values js-yaml
// slices from it) is kept with the case for its positions, so it gets its own copy, and the file's text, mostly
// body, can go once the body is stored (a whole MDX file per case otherwise stayed in memory: 450 MB at 50,000).
const ownCopy = (text: string) => Buffer.from(text, 'utf8').toString('utf8');

const opening = /^\uFEFF?---[ \t]*\r?\n/;
const closing = /^---[ \t]*$/m;

/**
 * Splits an MDX file into frontmatter and body. Everything wrong with the
 * frontmatter block itself (missing, unclosed, not YAML, not a mapping) is
 * returned as diagnostics naming the file and line.
 */
export function readFrontmatter(
  text: string,
  file: string,
): { ok: true; value: FrontmatterFile } | { ok: false; diagnostics: Diagnostic[] } {
  const fail = (line: number, message: string) => ({ ok: false as const, diagnostics: [{ file, line, column: 1, message }] });
  if (text.trim() === '') return fail(1, 'the file is empty: a case study starts with a --- frontmatter block (see docs/editors/writing-a-case.md)');
  const open = opening.exec(text);
  if (!open) return fail(1, 'the file must start with a --- line opening the frontmatter');
  const rest = text.slice(open[0].length);
  const close = closing.exec(rest);
  if (!close) return fail(1, 'the frontmatter opened on line 1 is never closed with a --- line');
  const yamlText = ownCopy(rest.slice(0, close.index));
  const parsed = parseYamlSource(yamlText, file, 2);
  if (!parsed.ok) return parsed;
  const value = parsed.source.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const colon = fullWidthColon(yamlText, file, 2);
    if (colon) return { ok: false, diagnostics: [colon] };
    return fail(2, 'the frontmatter must be a set of "field: value" lines');
  }
  const yamlLines = yamlText.split('\n').length - 1;
  const afterClose = rest.slice(close.index + close[0].length).replace(/^\r?\n/, '');
  const bodyLine = 2 + yamlLines + 1;
  const stray = strayFrontmatter(afterClose, bodyLine, Object.keys(value));
  if (stray) return { ok: false, diagnostics: [{ file, line: stray.line, column: 1, field: stray.field, message: stray.message }] };
  return {
    ok: true,
    value: { frontmatter: parsed.source, body: afterClose, bodyLine, yamlText },
  };
}

// A line as a frontmatter field is written: `draft: true`, `tags: [a, b]`.
const FIELD_LINE = /^([A-Za-z][\w-]*)[ \t]*:(?:[ \t]|$)/;

/**
 * Text right after the closing `---` that reads as frontmatter: a block of
 * `field: value` lines closed by another `---` (a second frontmatter block),
 * or a first line naming a frontmatter field (`draft: true` typed below the
 * block). Published, either would be a heading or a paragraph saying
 * `draft: true`, and the field would not apply.
 */
function strayFrontmatter(body: string, bodyLine: number, fields: readonly string[]): { line: number; field: string; message: string } | undefined {
  const lines = body.split('\n');
  let first = 0;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  // A second block opened by its own `---` right after the first (`---` `---` `draft: true` `---`).
  if (/^---[ \t]*\r?$/.test(lines[first] ?? '') && FIELD_LINE.test(lines[first + 1] ?? '')) first++;
  const match = FIELD_LINE.exec(lines[first] ?? '');
  if (!match) return undefined;
  const field = match[1]!;
  let end = first;
  while (end < lines.length && FIELD_LINE.test(lines[end]!)) end++;
  const closed = /^---[ \t]*\r?$/.test(lines[end] ?? '');
  const known = KNOWN_FIELDS.has(field) || fields.includes(field);
  if (!closed && !known) return undefined;
  return {
    line: bodyLine + first,
    field,
    message: `"${field}: …" after the closing --- is body text, not frontmatter, so it does not apply: move the line up into the frontmatter, above the closing ---${closed ? ', and remove the second ---' : ''}`,
  };
}

// The fields of a case's frontmatter (docs/reference/frontmatter.md): one of them first in the body is a misplaced field.
const KNOWN_FIELDS = new Set(Object.keys(caseSchema.shape));

import type { Diagnostic } from '../diagnostics.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

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
  const yamlText = rest.slice(0, close.index);
  const parsed = parseYamlSource(yamlText, file, 2);
  if (!parsed.ok) return parsed;
  const value = parsed.source.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail(2, 'the frontmatter must be a set of "field: value" lines');
  }
  const yamlLines = yamlText.split('\n').length - 1;
  const afterClose = rest.slice(close.index + close[0].length).replace(/^\r?\n/, '');
  return {
    ok: true,
    value: { frontmatter: parsed.source, body: afterClose, bodyLine: 2 + yamlLines + 1, yamlText },
  };
}

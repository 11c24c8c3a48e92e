import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { Diagnostic } from '../diagnostics.ts';
import { escapeForTerminal, quote, shorten } from '../../domain/text-policy.ts';
import { MAX_YAML_DEPTH, MAX_YAML_KEY } from './limits.ts';

/** A 1-based position in a file. */
export interface Position {
  line: number;
  column: number;
}

/** YAML parsed with its positions, so any field can be traced back to its line. */
export interface YamlSource {
  /** The parsed value (plain objects, arrays, strings, numbers, booleans). */
  value: unknown;
  /** Position of the value at `path`, or of its nearest existing parent. */
  locate(path: readonly PropertyKey[]): Position;
}

/**
 * Parses YAML text that starts at `firstLine` of `file` (frontmatter starts
 * on line 2). Returns the value with a locator, or the YAML syntax errors as
 * diagnostics.
 *
 * Plain YAML (no anchors, aliases or tags) is read by js-yaml's YAML 1.2
 * core schema, ten times faster than `yaml`'s document parser; positions are
 * then worked out only if a diagnostic asks for one. Anything else, and any
 * text js-yaml refuses, goes to `yaml`, which knows positions, limits alias
 * expansion and words the errors.
 */
export function parseYamlSource(text: string, file: string, firstLine = 1): { ok: true; source: YamlSource } | { ok: false; diagnostics: Diagnostic[] } {
  const refused = beforeParsing(text, file, firstLine);
  if (refused) return { ok: false, diagnostics: [refused] };
  let parsed: { ok: true; source: YamlSource } | { ok: false; diagnostics: Diagnostic[] } | undefined;
  if (!/[&*!]/.test(text)) {
    try {
      parsed = { ok: true, source: lazyYamlSource(load(text, { schema: CORE_SCHEMA }), text, file, firstLine) };
    } catch {
      // Refused: let `yaml` say where and why.
    }
  }
  parsed ??= parseYamlDocument(text, file, firstLine);
  if (!parsed.ok) {
    // A key typed with an input method's full-width colon is the usual cause of YAML's "implicit key" errors: say so instead.
    const typed = fullWidthColon(text, file, firstLine) ?? fullWidthIndent(text, file, firstLine);
    return typed ? { ok: false, diagnostics: [typed] } : parsed;
  }
  const shape = afterParsing(parsed.source, file, text, firstLine);
  return shape ? { ok: false, diagnostics: [shape] } : parsed;
}

/**
 * What is refused before the parser sees the text, each one error: merge
 * keys (`<<: *defaults`), which Casebook does not read, and flow
 * collections (`[…]`, `{…}`) nested deeper than {@link MAX_YAML_DEPTH}, which
 * would exhaust the parser's stack.
 */
function beforeParsing(text: string, file: string, firstLine: number): Diagnostic | undefined {
  const merge = /^[ \t]*(?:-[ \t]+)?<<[ \t]*:/m.exec(text);
  if (merge) {
    return { file, line: lineOf(text, merge.index) + firstLine - 1, column: 1, message: 'merge keys (<<) are not supported: write each field out in full (no <<: *name)' };
  }
  const deep = deepFlow(text);
  if (deep !== undefined) {
    return { file, line: lineOf(text, deep) + firstLine - 1, column: 1, message: `the YAML is nested more than ${MAX_YAML_DEPTH} levels deep (lists or braces inside one another): no field needs that; see docs/reference/limits.md` };
  }
  return undefined;
}

/**
 * Offset where `[`/`{` opening a flow collection passes {@link MAX_YAML_DEPTH}
 * levels, or undefined. A bracket counts where a value can start (after
 * `:`, `-`, `,`, another bracket or at the start of a line), never inside
 * quotes or in the middle of a word, so `a[b` in a title is not a level.
 */
function deepFlow(text: string): number | undefined {
  if (!/[[{]/.test(text)) return undefined;
  let depth = 0;
  let quote = '';
  let previous = '\n';
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === quote) quote = '';
      else if (char === '\\' && quote === '"') index++;
      else if (char === '\n' && depth === 0) quote = '';
      continue;
    }
    if ((char === '"' || char === "'") && /[\s:,[{-]/.test(previous)) quote = char;
    else if ((char === '[' || char === '{') && /[\s:,[{-]/.test(previous)) {
      if (++depth > MAX_YAML_DEPTH) return index;
    } else if ((char === ']' || char === '}') && depth > 0) depth--;
    if (!/[ \t]/.test(char)) previous = char;
  }
  return undefined;
}

/**
 * What is refused in the parsed value, one error: keys longer than
 * {@link MAX_YAML_KEY} characters and nesting (block or flow) deeper than
 * {@link MAX_YAML_DEPTH}. Walked with its own stack.
 */
function afterParsing(source: YamlSource, file: string, text: string, firstLine: number): Diagnostic | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: source.value, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_YAML_DEPTH) {
      return { file, ...source.locate(path.slice(0, 3)), message: `the YAML is nested more than ${MAX_YAML_DEPTH} levels deep (lists or fields inside one another): no field needs that; see docs/reference/limits.md` };
    }
    for (const [key, item] of Object.entries(value)) {
      if (!Array.isArray(value) && key.length > MAX_YAML_KEY) {
        // Found in the text: the position parser refuses a key this long, so it cannot locate one.
        const at = text.indexOf(key.slice(0, 200));
        return {
          file,
          line: lineOf(text, Math.max(0, at)) + firstLine - 1,
          column: 1,
          message: `a field name of ${key.length.toLocaleString('en-US')} characters (${quote(key, 24)}) is longer than the limit of ${MAX_YAML_KEY}: field names are short words such as "title"; see docs/reference/limits.md`,
        };
      }
      stack.push({ value: item, path: [...path, Array.isArray(value) ? Number(key) : key] });
    }
  }
  return undefined;
}

// A line whose key (ASCII letters, as every field name is) is followed by a full-width colon, as a Chinese input method types it.
const FULL_WIDTH_KEY = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_][\w.-]*)[ \t]*：/m;

/** An error for the first line whose key ends in a full-width colon `：`, or undefined. */
export function fullWidthColon(text: string, file: string, firstLine = 1): Diagnostic | undefined {
  const match = FULL_WIDTH_KEY.exec(text);
  if (!match) return undefined;
  const key = match[2]!;
  return {
    file,
    line: lineOf(text, match.index) + firstLine - 1,
    column: match[1]!.length + key.length + 1,
    field: key,
    message: `"${key}" is followed by a full-width colon ：(U+FF1A, as a Chinese input method types it): write an ASCII colon and a space, "${key}: "`,
  };
}

/** An error for the first line indented with a full-width space (U+3000, as a Chinese input method types it), or undefined. */
function fullWidthIndent(text: string, file: string, firstLine: number): Diagnostic | undefined {
  const match = /^[ \t]*\u3000/m.exec(text);
  if (!match) return undefined;
  return {
    file,
    line: lineOf(text, match.index) + firstLine - 1,
    column: match[0].length,
    message: 'the line is indented with a full-width space (U+3000 IDEOGRAPHIC SPACE, as a Chinese input method types it): indent with ASCII spaces',
  };
}

/** The 1-based line of `offset` in `text`. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

/** `yaml`'s parser, with positions and editor-facing errors. */
function parseYamlDocument(
  text: string,
  file: string,
  firstLine = 1,
): { ok: true; source: YamlSource } | { ok: false; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  // YAML 1.1 reads `2021-06-01` as a timestamp and `no` as false; keep the editor's text.
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, version: '1.2', prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    // The parser recurses; what the depth pre-scan does not catch is still one error, never a stack trace.
    const reason = error instanceof RangeError ? `it is nested too deeply to read (more than ${MAX_YAML_DEPTH} levels is never needed; see docs/reference/limits.md)` : firstSentence(String((error as Error).message ?? error));
    return { ok: false, diagnostics: [{ file, line: firstLine, column: 1, message: `invalid YAML: ${reason}` }] };
  }
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  // Only the first error at one place: a mistake the parser stumbles over once is reported once.
  const errors = doc.errors.filter((error, index) => doc.errors.findIndex((other) => other.pos[0] === error.pos[0]) === index);
  if (errors.length > 0) {
    return {
      ok: false,
      diagnostics: errors.map((error) => ({
        file,
        ...toPosition(error.pos[0]),
        message: `invalid YAML: ${yamlErrorWords(error.code, firstSentence(error.message))}`,
      })),
    };
  }
  // A tag the schema does not know (`!include`, `!env`) would be read as plain text in silence: refuse it.
  const tag = doc.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  if (tag) {
    const name = /tag: (\S+)/.exec(tag.message)?.[1] ?? 'this tag';
    return {
      ok: false,
      diagnostics: [{ file, ...toPosition(tag.pos[0]), message: `the YAML tag ${escapeForTerminal(shorten(name, 40))} is not supported: Casebook reads plain values only (no !include, !env…); write the value itself` }],
    };
  }
  const locate = (path: readonly PropertyKey[]): Position => {
    let node: unknown = doc.contents;
    let offset = doc.contents?.range?.[0] ?? 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item: Pair) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
        // Point at a scalar value itself; at a key when the value is a block.
        if (isScalar(node) && node.range) offset = node.range[0];
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (!item) break;
        node = isPair(item) ? item.value : item;
        offset = (node as Node | null)?.range?.[0] ?? offset;
      } else {
        break;
      }
    }
    return toPosition(offset);
  };
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    // `yaml` refuses aliases that expand into a huge value (an alias bomb) by throwing.
    return { ok: false, diagnostics: [{ file, line: firstLine, column: 1, message: `invalid YAML: ${firstSentence((error as Error).message)}` }] };
  }
  return { ok: true, source: { value, locate } };
}

/** YAML's words for the mistakes editors make most, with what to do; the parser's own sentence for the rest. */
function yamlErrorWords(code: string, sentence: string): string {
  if (code === 'MULTILINE_IMPLICIT_KEY') return `${sentence} (a line is missing its "field: value" colon, or a value running over lines needs quotes)`;
  if (code === 'DUPLICATE_KEY') return `${sentence}: each field may be written once`;
  if (code === 'TAB_AS_INDENT') return `${sentence}: indent with spaces`;
  return sentence;
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * A YamlSource for YAML already parsed in an earlier run (the model cache
 * keeps the value and the text): positions are worked out only if a
 * diagnostic asks for one.
 */
export function lazyYamlSource(value: unknown, text: string, file: string, firstLine = 1): YamlSource {
  let parsed: YamlSource | undefined;
  return {
    value,
    locate: (path) => {
      if (!parsed) {
        const result = parseYamlDocument(text, file, firstLine);
        parsed = result.ok ? result.source : { value, locate: () => ({ line: firstLine, column: 1 }) };
      }
      return parsed.locate(path);
    },
  };
}

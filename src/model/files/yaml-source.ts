import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { Diagnostic } from '../diagnostics.ts';

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
  if (!/[&*!]/.test(text)) {
    try {
      return { ok: true, source: lazyYamlSource(load(text, { schema: CORE_SCHEMA }), text, file, firstLine) };
    } catch {
      // Refused: let `yaml` say where and why.
    }
  }
  return parseYamlDocument(text, file, firstLine);
}

/** `yaml`'s parser, with positions and editor-facing errors. */
function parseYamlDocument(
  text: string,
  file: string,
  firstLine = 1,
): { ok: true; source: YamlSource } | { ok: false; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  // YAML 1.1 reads `2021-06-01` as a timestamp and `no` as false; keep the editor's text.
  const doc = parseDocument(text, { lineCounter, version: '1.2', prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      diagnostics: doc.errors.map((error) => ({
        file,
        ...toPosition(error.pos[0]),
        message: `invalid YAML: ${firstSentence(error.message)}`,
      })),
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

import { escapeForTerminal, shorten } from '../domain/text-policy.ts';

/** One problem found in the casebook's content, pointing at the exact place. */
export interface Diagnostic {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Dotted path of the field, e.g. `stats[3].source`, when one field is at fault. */
  field?: string;
  /** What is wrong, in plain words, and where possible what to write instead. */
  message: string;
}

/** Longest field path a diagnostic prints (a 100,000-character key is named, not printed). */
const MAX_FIELD = 120;
/** Longest message a diagnostic prints; every message quotes user text shortened, and this holds if one does not. */
const MAX_MESSAGE = 1000;

/**
 * Formats one diagnostic the way editors and terminals link it: `file:line:col field: message`.
 * Every part may hold an editor's text (a file name, a key, a quoted value), so each is escaped
 * (see `escapeForTerminal`: nothing printed can act on a terminal) and kept to a bounded length.
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = `${escapeForTerminal(shorten(diagnostic.file, MAX_FIELD * 2))}:${diagnostic.line}:${diagnostic.column}`;
  const message = escapeForTerminal(shorten(diagnostic.message, MAX_MESSAGE));
  return diagnostic.field ? `${where} ${escapeForTerminal(shorten(diagnostic.field, MAX_FIELD))}: ${message}` : `${where} ${message}`;
}

/** Formats a dotted field path from a schema issue path: `['stats', 3, 'id']` → `stats[3].id`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}

/**
 * All diagnostics grouped per file (in file order, then line order), followed
 * by one summary line. This is what `npm run check` prints and what a failed
 * build shows.
 */
export function formatReport(diagnostics: readonly Diagnostic[]): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const list = byFile.get(diagnostic.file) ?? [];
    list.push(diagnostic);
    byFile.set(diagnostic.file, list);
  }
  const blocks = [...byFile.keys()].sort().map((file) => {
    const heading = escapeForTerminal(file);
    const lines = byFile
      .get(file)!
      .sort((a, b) => a.line - b.line || a.column - b.column)
      .map((diagnostic) => `  ${formatDiagnostic(diagnostic)}`);
    return `${heading}\n${lines.join('\n')}`;
  });
  const count = diagnostics.length;
  const summary = `${count} error${count === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}`;
  return [...blocks, summary].join('\n\n');
}

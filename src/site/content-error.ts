import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatDiagnostic, formatReport, type Diagnostic } from '../model/diagnostics.ts';

/** An error Astro's dev overlay shows with its file, line and column, a code frame and the rest of the report. */
export interface OverlayError extends Error {
  title: string;
  hint: string;
  loc: { file: string; line: number; column: number };
  frame: string;
  fullCode: string;
}

/**
 * The casebook's problems as one error for `npm run dev`'s overlay: the
 * first problem as the message, located in its file with a code frame, and
 * the whole report (every problem, `file:line:col`) as the hint, so the
 * editor sees where to look without reading the terminal.
 */
export function contentError(diagnostics: readonly Diagnostic[], root: string): OverlayError {
  const [first] = diagnostics;
  const file = path.resolve(root, first!.file);
  const code = (() => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  })();
  const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more problem${diagnostics.length > 2 ? 's' : ''}, listed below)` : '';
  const error = new Error(`${formatDiagnostic(first!)}${more}`) as OverlayError;
  error.name = 'CasebookContentError';
  error.title = 'The casebook has errors';
  error.hint = `Fix the content and save; the page reloads by itself.\n\n${formatReport(diagnostics)}`;
  error.loc = { file, line: first!.line, column: first!.column };
  error.frame = codeFrame(code, first!.line, first!.column);
  error.fullCode = code;
  // The framework's stack says nothing about the content: the overlay shows the report instead.
  error.stack = `${error.name}: ${error.message}`;
  return error;
}

/** Two lines either side of `line`, numbered, with a caret under `column`. */
export function codeFrame(code: string, line: number, column: number): string {
  const lines = code.split('\n');
  const from = Math.max(1, line - 2);
  const to = Math.min(lines.length, line + 2);
  const width = String(to).length;
  const out: string[] = [];
  for (let number = from; number <= to; number++) {
    out.push(`${number === line ? '>' : ' '} ${String(number).padStart(width)} | ${lines[number - 1] ?? ''}`);
    if (number === line) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}^`);
  }
  return out.join('\n');
}

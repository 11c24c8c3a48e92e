import type { Casebook } from '../load.ts';
import { fieldPath, type Diagnostic } from '../diagnostics.ts';
import { closest } from '../../domain/suggest.ts';

/**
 * Every reference from a case to a series or source must name an entry that
 * exists. Astro only logs a dangling reference; Casebook fails on it. An id
 * whose file is there but was reported (it did not read, parse or validate)
 * is not a dangling reference: its file's own error says what is wrong, and
 * "no file" would send the editor looking for a file that exists.
 */
export function checkReferences(casebook: Casebook): Diagnostic[] {
  const seriesIds = casebook.series.map((entry) => entry.id);
  const sourceIds = casebook.sources.map((entry) => entry.id);
  const diagnostics: Diagnostic[] = [];
  const dangling = (entry: Casebook['cases'][number], path: (string | number)[], id: string, kind: string, known: string[], folder: string) => {
    const hint = closest(id, known);
    diagnostics.push({
      file: entry.file,
      ...entry.source.locate(path),
      field: fieldPath(path),
      message: `unknown ${kind} "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}: no file ${folder}/${id}.yaml`,
    });
  };
  for (const entry of casebook.cases) {
    // A statistic's source must be one of `sources` (the schema checks that), so checking `sources` covers it.
    const { series, sources } = entry.data;
    if (!seriesIds.includes(series.id) && !casebook.reported.series.has(series.id)) {
      dangling(entry, ['series'], series.id, 'series', seriesIds, casebook.paths.series.base);
    }
    sources.forEach((source, index) => {
      if (!sourceIds.includes(source.id) && !casebook.reported.sources.has(source.id)) {
        dangling(entry, ['sources', index], source.id, 'source', sourceIds, casebook.paths.sources.base);
      }
    });
  }
  return diagnostics;
}

import type { Casebook } from '../load.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { closest } from '../../domain/suggest.ts';

/**
 * Every case's `kind` must be one the casebook names in `casebook.yaml`
 * (`kinds`): each organisation has its own vocabulary, so the schema takes
 * any id and this check closes the list. Nothing is reported while the
 * settings themselves have errors: their own error says what is wrong.
 */
export function checkKinds(casebook: Casebook): Diagnostic[] {
  const known = Object.keys(casebook.settings.kinds);
  if (known.length === 0) return [];
  const diagnostics: Diagnostic[] = [];
  for (const entry of casebook.cases) {
    const kind = entry.data.kind;
    if (known.includes(kind)) continue;
    const hint = closest(kind, known);
    diagnostics.push({
      file: entry.file,
      ...entry.source.locate(['kind']),
      field: 'kind',
      message: `unknown kind "${kind}"${hint ? ` (did you mean "${hint}"?)` : ''}: the kinds of this casebook are ${known.join(', ')} (kinds in ${casebook.settingsFile.file})`,
    });
  }
  return diagnostics;
}

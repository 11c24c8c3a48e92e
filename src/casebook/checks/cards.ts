import type { Casebook } from '../load.ts';
import { fieldPath, type Diagnostic } from '../diagnostics.ts';
import { missingCharacters } from '../../build/cards/fonts.ts';

const describe = (char: string) => `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase()})`;

/**
 * Every text a social card draws must be drawable by the card fonts or
 * Twemoji; otherwise the card would show blank boxes. Checked with the
 * content, before the build writes anything, at the field that holds it.
 */
export async function checkCardText(casebook: Casebook): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const report = async (entry: Casebook['cases'][number] | Casebook['series'][number], field: (string | number)[], text: string) => {
    const missing = await missingCharacters(text);
    if (missing.length === 0) return;
    diagnostics.push({
      file: entry.file,
      ...entry.source.locate(field),
      field: fieldPath(field),
      message: `the social card cannot draw ${missing.map(describe).join(', ')}; use another character or add a font that has it`,
    });
  };
  for (const entry of casebook.series) await report(entry, ['title'], entry.data.title);
  for (const entry of casebook.cases) {
    await report(entry, ['title'], entry.data.title);
    for (const key of ['province', 'city', 'district'] as const) await report(entry, ['place', key], entry.data.place[key] ?? '');
    for (const [index, stat] of entry.data.stats.entries()) {
      if (!stat.headline) continue;
      for (const key of ['figure', 'subject', 'metric'] as const) await report(entry, ['stats', index, key], stat[key]);
    }
  }
  return diagnostics;
}

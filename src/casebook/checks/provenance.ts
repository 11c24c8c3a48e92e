import type { Casebook } from '../load.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { withoutWhitespace, type SourceTexts } from '../source-texts.ts';
import { occurringIn } from '../../domain/substrings.ts';

/**
 * Every figure must be printed in the text of the source it cites, exactly
 * (ignoring whitespace, since source texts are hard-wrapped). A source whose
 * record names a text file the folder lacks is an error too.
 */
export async function checkProvenance(casebook: Casebook, texts: SourceTexts): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map(casebook.sources.map((entry) => [entry.id, entry]));
  const normalised = new Map<string, string | undefined>();
  for (const source of casebook.sources) {
    if (!source.data.text) continue;
    const text = await texts.read(source.data.text);
    if (text === undefined) {
      diagnostics.push({
        file: source.file,
        ...source.source.locate(['text']),
        field: 'text',
        message: `no file ${source.data.text} in the source-text folder ${texts.dir}`,
      });
    }
    normalised.set(source.id, text === undefined ? undefined : withoutWhitespace(text));
  }
  // Each source text is read once for every figure citing it, however many there are.
  const wanted = new Map<string, Set<string>>();
  for (const entry of casebook.cases) {
    for (const stat of entry.data.stats) {
      if (normalised.get(stat.source.id) === undefined) continue;
      const figures = wanted.get(stat.source.id) ?? new Set<string>();
      figures.add(withoutWhitespace(stat.figure));
      wanted.set(stat.source.id, figures);
    }
  }
  const printed = new Map([...wanted].map(([id, figures]) => [id, occurringIn(normalised.get(id)!, figures)]));
  for (const entry of casebook.cases) {
    entry.data.stats.forEach((stat, index) => {
      const source = sources.get(stat.source.id);
      const found = printed.get(stat.source.id);
      if (!source?.data.text || !found || found.has(withoutWhitespace(stat.figure))) return;
      diagnostics.push({
        file: entry.file,
        ...entry.source.locate(['stats', index, 'figure']),
        field: `stats[${index}].figure`,
        message: `"${stat.figure}" is not printed in source "${stat.source.id}" (${source.data.text}); copy the figure exactly as the source prints it`,
      });
    });
  }
  return diagnostics;
}

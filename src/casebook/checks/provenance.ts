import type { Casebook } from '../load.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { withoutWhitespace, type SourceTexts } from '../source-texts.ts';
import type { ModelCache } from '../cache.ts';
import { digestOf } from '../../domain/digest.ts';

/**
 * Every figure must be printed in the text of the source it cites, exactly
 * (ignoring whitespace, since source texts are hard-wrapped). A source whose
 * record names a text file the folder lacks is an error too.
 */
export async function checkProvenance(casebook: Casebook, texts: SourceTexts, cache?: ModelCache): Promise<Diagnostic[]> {
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
  const digests = new Map<string, string>();
  for (const [id, text] of normalised) if (text !== undefined) digests.set(id, digestOf(text));
  for (const entry of casebook.cases) {
    // Which statistics their source does not print; kept per case, keyed by the figures and the texts.
    const unprinted = () =>
      entry.data.stats.flatMap((stat, index) => {
        const text = normalised.get(stat.source.id);
        return text !== undefined && !text.includes(withoutWhitespace(stat.figure)) ? [index] : [];
      });
    const key = ['provenance', entry.data.stats.map((stat) => [stat.figure, stat.source.id, digests.get(stat.source.id)])];
    for (const index of cache ? cache.memo(key, unprinted) : unprinted()) {
      const stat = entry.data.stats[index]!;
      const source = sources.get(stat.source.id);
      if (!source?.data.text) continue;
      {
        diagnostics.push({
          file: entry.file,
          ...entry.source.locate(['stats', index, 'figure']),
          field: `stats[${index}].figure`,
          message: `"${stat.figure}" is not printed in source "${stat.source.id}" (${source.data.text}); copy the figure exactly as the source prints it`,
        });
      }
    }
  }
  return diagnostics;
}

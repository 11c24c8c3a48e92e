import { sourceTextFile } from '../schemas/source.ts';
import { bodyPosition, type Casebook } from '../load.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { COPIED_RUN_LENGTH, COPIED_WORD_RUN, copyFinder, type CopiedRun } from '../../domain/originality.ts';
import type { SourceTexts } from '../files/source-texts.ts';
import type { ModelCache } from '../cache.ts';
import { digestOf } from '../../domain/digest.ts';

// Digests of the source texts, computed once each: they key every case's cached result.
const digests = new Map<string, string>();
const textDigest = (text: string) => {
  let digest = digests.get(text);
  if (!digest) digests.set(text, (digest = digestOf(text)));
  return digest;
};

const finderCache = new WeakMap<SourceTexts, Map<string, (text: string) => CopiedRun[]>>();

function findersFor(texts: SourceTexts) {
  let finders = finderCache.get(texts);
  if (!finders) {
    finders = new Map();
    finderCache.set(texts, finders);
  }
  return finders;
}

/**
 * A case study's body and frontmatter text must be the editor's own words:
 * no run of {@link COPIED_RUN_LENGTH} consecutive characters (in English,
 * {@link COPIED_WORD_RUN} words) may repeat the text of a source it cites. Facts and figures carry over; sentences do not.
 */
export async function checkOriginality(casebook: Casebook, texts: SourceTexts, cache?: ModelCache): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map(casebook.sources.map((entry) => [entry.id, sourceTextFile(entry.data)]));
  // Many cases cite the same sources; index each combination once per folder of texts.
  const finders = findersFor(texts);
  for (const entry of casebook.cases) {
    const key = entry.data.sources.map((reference) => reference.id).sort().join(' ');
    const sourceTexts: string[] = [];
    for (const reference of entry.data.sources) {
      const file = sources.get(reference.id);
      const text = file ? await texts.read(file) : undefined;
      if (text) sourceTexts.push(text);
    }
    const search = () => {
      let find = finders.get(key);
      if (!find) finders.set(key, (find = copyFinder(sourceTexts)));
      return find(entry.body);
    };
    // The texts' digests are part of the key (the finder is built only when a body needs searching).
    const copiedRuns = cache ? cache.memo(['originality', COPIED_RUN_LENGTH, COPIED_WORD_RUN, entry.digest, sourceTexts.map(textDigest)], search) : search();
    for (const copied of copiedRuns) {
      diagnostics.push({
        file: entry.file,
        ...bodyPosition(entry, copied.offset),
        message: `copied from a source (${copied.length} ${copied.unit} in a row: "${copied.run.slice(0, 30)}${copied.run.length > 30 ? '…' : ''}"); rewrite it in your own words`,
      });
    }
  }
  return diagnostics;
}

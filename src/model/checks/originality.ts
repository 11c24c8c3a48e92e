import { sourceTextFile } from '../schemas/source.ts';
import { bodyPosition, type Casebook } from '../load.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { COPIED_RUN_LENGTH, COPIED_WORD_RUN, copyFinder, type CopiedRun } from '../../domain/originality.ts';
import type { SourceTexts } from '../files/source-texts.ts';
import type { ModelCache } from '../cache.ts';
import { digestOf } from '../../domain/digest.ts';
import { mapInWorkers, type WorkerChoice } from '../../store/worker-batches.ts';

// Digests of the source texts, computed once each: they key every case's cached result.
const digests = new Map<string, string>();
const textDigest = (text: string) => {
  let digest = digests.get(text);
  if (!digest) digests.set(text, (digest = digestOf(text)));
  return digest;
};

/**
 * A case study's body and frontmatter text must be the editor's own words:
 * no run of {@link COPIED_RUN_LENGTH} consecutive characters (in English,
 * {@link COPIED_WORD_RUN} words) may repeat the text of a source it cites. Facts and figures carry over; sentences do not.
 * The cases whose result is not cached are searched in worker threads when
 * there are many (a first check of 10,000 cases took 6 s on one core; see
 * `mapInWorkers`, `choice` is for tests).
 */
export async function checkOriginality(casebook: Casebook, texts: SourceTexts, cache?: ModelCache, choice?: WorkerChoice): Promise<Diagnostic[]> {
  const sources = new Map(casebook.sources.map((entry) => [entry.id, sourceTextFile(entry.data)]));
  // Each readable text a case cites, in citation order; the texts' digests are part of its result's key.
  const read = new Map<string, string>();
  const checks: { entry: Casebook['cases'][number]; files: string[]; key: string }[] = [];
  for (const entry of casebook.cases) {
    const files: string[] = [];
    for (const reference of entry.data.sources) {
      const file = sources.get(reference.id);
      const text = file ? await texts.read(file) : undefined;
      if (text === undefined || !file) continue;
      files.push(file);
      read.set(file, text);
    }
    checks.push({ entry, files, key: digestOf(['originality', COPIED_RUN_LENGTH, COPIED_WORD_RUN, entry.digest, files.map((file) => textDigest(read.get(file)!))]) });
  }
  const missing = cache ? checks.filter((check) => cache.peek(check.key) === undefined) : checks;
  const finders = new CopyFinders((file) => read.get(file)!);
  const found = await mapInWorkers(
    missing.length,
    (index): OriginalityJob => ({ body: missing[index]!.entry.body, files: missing[index]!.files }),
    (job) => finders.find(job),
    new URL('./originality-worker.ts', import.meta.url),
    { dir: texts.dir } satisfies OriginalitySetup,
    choice,
  );
  const computed = new Map(missing.map((check, index) => [check.key, found[index]!]));
  const diagnostics: Diagnostic[] = [];
  for (const { entry, key } of checks) {
    const copiedRuns = cache ? cache.memoDigest(key, () => computed.get(key)!) : computed.get(key)!;
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

/** One case body to search, and the source text files it cites (names in the source-text folder). */
export interface OriginalityJob {
  body: string;
  files: string[];
}

/** What an originality worker needs: the source-text folder. */
export interface OriginalitySetup {
  dir: string;
}

/** Finders of copied runs, one per combination of source texts (many cases cite the same sources; indexing them costs more than searching a case). */
export class CopyFinders {
  private readonly finders = new Map<string, (text: string) => CopiedRun[]>();
  private readonly text: (file: string) => string;
  /** `text` gives a file's text (already read). */
  constructor(text: (file: string) => string) {
    this.text = text;
  }

  /** The runs of the job's body that repeat one of its texts. */
  find({ body, files }: OriginalityJob): CopiedRun[] {
    const key = [...files].sort().join('\0');
    let find = this.finders.get(key);
    if (!find) this.finders.set(key, (find = copyFinder(files.map(this.text))));
    return find(body);
  }
}

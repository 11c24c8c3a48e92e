// The worker of `planSearchIndex` (publish.ts): during the rendering, takes each case's share of the search index
// from the shares' cache or computes it (reading the case's sections from the text store), and, when told to merge
// and once it has every case's, merges them and stores the index's files for `publishSearchIndex` to place. Told to
// end before it has them all (the pages were written first), it keeps the shares it computed.
import { workerData } from 'node:worker_threads';
import { indexCase, mergeIndexParts, type CaseIndexPart } from './build.ts';
import { usePartSetup } from './part-setup.ts';
import { ModelCache } from '../../model/cache.ts';
import { readCaseText } from '../../model/case-text.ts';
import { answerBatches } from '../../store/worker-batches.ts';
import { ArtefactStore } from '../../store/artefact-store.ts';
import { cachedVocabulary, rememberShareKeys, storeSearchIndex, type PrecomputeJob, type PrecomputeSetup } from './publish.ts';

const setup = workerData as PrecomputeSetup;
const labels = usePartSetup(setup);
// Let go of once the shares are saved (see `storeIndex`).
let cache: ModelCache | undefined = await ModelCache.open(setup.parts);
const parts: (CaseIndexPart | undefined)[] = [];
const keys: string[] = [];
// A case sent without its frontmatter whose share is not in the cache after all (a damaged cache file): the index
// is left to the step after the pages.
let missing = false;
// Whether the index's files are in the store.
let stored = false;

/**
 * Merges the shares and stores the index's files: started by the last case's
 * job, not at the end, which waits for the rendering thread to send it. The
 * shares are saved first and let go of one by one as they are merged, so the
 * worker, which runs beside the rendering, never holds every share and the
 * whole index at once (10,000 shares are some 300 MB of heap).
 */
async function storeIndex(cached: ModelCache): Promise<void> {
  const pinyin = cachedVocabulary(cached, setup.code)(
    parts.flatMap((part) => part!.names),
    parts.flatMap((part) => part!.words),
  );
  await cached.save();
  cache = undefined;
  const take = (at: number) => {
    const part = parts[at]!;
    parts[at] = undefined;
    return part;
  };
  await storeSearchIndex(mergeIndexParts(parts.length, take, setup.thesaurus, () => pinyin), ArtefactStore.open(setup.files), setup.key);
  stored = true;
}

answerBatches(
  ({ key, id, data, textFile }: PrecomputeJob) => {
    const part = id && data && textFile ? cache!.memoDigest(key, () => indexCase({ id, data: { ...data, sections: readCaseText(textFile).sections } }, labels)) : cache!.peek<CaseIndexPart>(key);
    if (part) parts.push(part);
    else missing = true;
    keys.push(key);
    return setup.merge && keys.length === setup.count && !missing ? storeIndex(cache!).then(() => true) : true;
  },
  {
    end: async () => {
      await cache?.save();
      // After the shares are saved: a key listed is a share the cache holds.
      if (stored) await rememberShareKeys(setup.parts, keys);
    },
  },
);

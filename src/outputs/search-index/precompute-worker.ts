// The worker of `planSearchIndex` (publish.ts): during the rendering, takes each case's share of the search
// index from the shares' cache or computes it (reading the case's sections from the text store), and, once it has
// every case's, merges them and stores the index's files for `publishSearchIndex` to place. Told to end before it
// has them all (the pages were written first), it keeps the shares it computed.
import { workerData } from 'node:worker_threads';
import { indexCase, mergeIndexParts, type CaseIndexPart } from './build.ts';
import { usePartSetup } from './part-setup.ts';
import { ModelCache } from '../../model/cache.ts';
import { readCaseText } from '../../model/case-text.ts';
import { answerBatches } from '../../store/worker-batches.ts';
import { cachedVocabulary, rememberShareKeys, storeSearchIndex, type PrecomputeJob, type PrecomputeSetup } from './publish.ts';

const setup = workerData as PrecomputeSetup;
const labels = usePartSetup(setup);
const cache = await ModelCache.open(setup.parts);
const parts: CaseIndexPart[] = [];
const keys: string[] = [];
// A case sent without its frontmatter whose share is not in the cache after all (a damaged cache file): the index
// is left to the step after the pages.
let missing = false;
// Whether the index's files are in the store.
let stored = false;

// Merges the shares and stores the index's files: started by the last case's job, not at the end, which waits for
// the rendering thread to send it.
async function storeIndex(): Promise<void> {
  await storeSearchIndex(mergeIndexParts(parts.length, (at) => parts[at]!, setup.thesaurus, cachedVocabulary(cache, setup.code)), setup.files, setup.key);
  stored = true;
}
answerBatches(
  ({ key, id, data, textFile }: PrecomputeJob) => {
    const part = id && data && textFile ? cache.memoDigest(key, () => indexCase({ id, data: { ...data, sections: readCaseText(textFile).sections } }, labels)) : cache.peek<CaseIndexPart>(key);
    if (part) parts.push(part);
    else missing = true;
    keys.push(key);
    return keys.length === setup.count && !missing ? storeIndex().then(() => true) : true;
  },
  {
    end: async () => {
      await cache.save();
      // After the shares are saved: a key listed is a share the cache holds.
      if (stored) await rememberShareKeys(setup.parts, keys);
    },
  },
);

// The worker of `precomputeParts` (publish.ts): computes each case's share of the search index during the
// rendering, reading the case's sections from the text store, and keeps the shares in the shares' cache when it
// is told to end (after its last batch, or when the pages are written), for `publishSearchIndex` to find.
import { workerData } from 'node:worker_threads';
import { indexCase } from './build.ts';
import { usePartSetup } from './part-setup.ts';
import { ModelCache } from '../../model/cache.ts';
import { readCaseText } from '../../model/case-text.ts';
import { answerBatches } from '../../store/worker-batches.ts';
import type { PrecomputeJob, PrecomputeSetup } from './publish.ts';

const setup = workerData as PrecomputeSetup;
const labels = usePartSetup(setup);
const cache = await ModelCache.open(setup.parts);

answerBatches(
  ({ key, id, data, textFile }: PrecomputeJob) => {
    cache.memoDigest(key, () => indexCase({ id, data: { ...data, sections: readCaseText(textFile).sections } }, labels));
    return true;
  },
  { end: () => cache.save() },
);

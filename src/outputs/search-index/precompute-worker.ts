// The worker of `precomputeParts` (publish.ts): computes each case's share of the search index during the
// rendering, reading the case's sections from the text store, and keeps the shares in the shares' cache when it
// is told to end (after its last batch, or when the pages are written), for `publishSearchIndex` to find.
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { workerData } from 'node:worker_threads';
import { indexCase } from './build.ts';
import { kindLabel } from '../../site.config.ts';
import { ModelCache } from '../../model/cache.ts';
import { useThreadSetup } from '../../model/thread-setup.ts';
import { answerBatches } from '../../store/worker-batches.ts';
import type { BodySection } from '../../model/body/sections.ts';
import type { PrecomputeJob, PrecomputeSetup } from './publish.ts';

const setup = workerData as PrecomputeSetup;
useThreadSetup(setup);
const titles = new Map(setup.seriesTitles);
const labels = { seriesTitle: (id: string) => titles.get(id) ?? id, kindLabel };
const cache = await ModelCache.open(setup.parts);

answerBatches(
  ({ key, id, data, textFile }: PrecomputeJob) => {
    const { sections } = deserialize(readFileSync(textFile)) as { sections: BodySection[] };
    cache.memoDigest(key, () => indexCase({ id, data: { ...data, sections } }, labels));
    return true;
  },
  { end: () => cache.save() },
);

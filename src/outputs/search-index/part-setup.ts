// What a worker computing cases' shares of the search index is set up with (part-worker.ts after the pages,
// precompute-worker.ts during them), and the labels it computes them with: the publishing thread's.
import { kindLabel } from '../../site.config.ts';
import { useThreadSetup, type ThreadSetup } from '../../model/thread-setup.ts';
import type { IndexLabels } from './build.ts';

/** What a part worker needs to compute shares as the publishing thread would. */
export interface PartSetup extends ThreadSetup {
  seriesTitles: [string, string][];
}

/** Sets this worker up as the publishing thread (see `useThreadSetup`) and returns the labels its shares show. */
export function usePartSetup(setup: PartSetup): IndexLabels {
  useThreadSetup(setup);
  const titles = new Map(setup.seriesTitles);
  return { seriesTitle: (id: string) => titles.get(id) ?? id, kindLabel };
}

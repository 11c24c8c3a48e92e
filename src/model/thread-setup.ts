// A worker thread computes what this thread would (a case read, a search-index share, a chart, a data file) only
// when it is set up the same way: the casebook's options, which say where its settings and interface words are
// (src/site.config.ts), and the base path of every link (src/domain/urls.ts). One setup for every worker.
import { sharedModel, type SharedModel } from './shared-model.ts';
import { basePath, useBase } from '../domain/urls.ts';

/** What every worker thread of a build is set up with. */
export interface ThreadSetup {
  /** The base path of the site's links (see `useBase`). */
  base: string;
  /** The casebook's options (see `sharedModel`). */
  options?: SharedModel['options'];
}

/** This thread's setup, to hand to a worker. */
export function threadSetup(): ThreadSetup {
  return { base: basePath(), options: sharedModel().options };
}

/** Sets up a worker thread as the thread that started it (`setup` from {@link threadSetup}). */
export function useThreadSetup(setup: ThreadSetup): void {
  if (setup.options) sharedModel().options = setup.options;
  useBase(setup.base);
}

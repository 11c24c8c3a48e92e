import { digestOf } from '../domain/digest.ts';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CheckResult } from './checks/index.ts';
import type { LoadedCase } from './load.ts';
import { sharedModel } from './shared-model.ts';

/** The collections the casebook loader fills. */
export type CasebookCollection = 'cases' | 'series' | 'sources';

/** Reads the checked casebook (the one the casebook() integration loaded and keeps current). */
export type CasebookSource = () => Promise<CheckResult>;

/**
 * The one loader behind every collection, for whoever reads the casebook
 * through `astro:content` (a page of the site owner's own, an integration):
 * it copies each entry's validated frontmatter from the casebook model,
 * which was loaded and checked once (see `sharedCasebook`), and reads no
 * files itself. Casebook's own pages read the model through its published
 * view (src/view/published.ts), so bodies are not copied: `render()` is not
 * offered, and a case's HTML is in the model. An entry whose digest is
 * unchanged is not stored again. In dev, the casebook() integration reloads
 * the model after an edit and then asks Astro to run these loaders again.
 */
export function casebookLoader(collection: CasebookCollection, source: CasebookSource): Loader {
  return {
    name: `casebook-${collection}`,
    load: async (context) => fill(collection, context, await source()),
  };
}

/** The names of the casebook loaders, as `refreshContent({ loaders })` takes them. */
export const casebookLoaderNames = (['cases', 'series', 'sources'] as const).map((collection) => `casebook-${collection}`);

function fill(collection: CasebookCollection, { store }: LoaderContext, { casebook }: CheckResult) {
  // A case's model digest covers its file and the code that read it; series and sources are small enough to hash.
  const entries: { id: string; filePath: string; data: Record<string, unknown>; digest: string }[] =
    collection === 'cases'
      ? casebook.cases.map((entry) => caseEntry(entry, casebook.settings.collections.stats))
      : casebook[collection].map((entry) => ({ id: entry.id, filePath: entry.file, data: entry.data, digest: digestOf(entry.data) }));
  const keep = new Set(entries.map((entry) => entry.id));
  let changed = false;
  for (const id of store.keys()) if (!keep.has(id)) changed = (store.delete(id), true);
  for (const entry of entries) if (store.set(entry)) changed = true;
  // Astro reloads the dev server's pages itself after a change to its data store (see src/integration/index.ts).
  if (changed) sharedModel().storeChanges = (sharedModel().storeChanges ?? 0) + 1;
}

/**
 * A case as its collection holds it: its frontmatter, without its
 * statistics unless `casebook.yaml` asks for them (`collections.stats`):
 * they are most of each entry, and Astro rewrites its whole store every build.
 */
function caseEntry(entry: LoadedCase, withStats: boolean) {
  if (withStats) return { id: entry.id, filePath: entry.file, data: entry.data, digest: entry.digest };
  const { stats: _, ...data } = entry.data;
  return { id: entry.id, filePath: entry.file, data, digest: `${entry.digest}:without-stats` };
}

import path from 'node:path';
import { digestOf } from '../domain/digest.ts';

/** The settings that choose where a casebook's stores live (a subset of the build options). */
export interface StoreSettings {
  /** Absolute project root. */
  root: string;
  /** The content folder, relative to the root or absolute. */
  content: string;
  /** The folder holding every content folder's stores (`CASEBOOK_CACHE`); default `node_modules/.cache/casebook`. */
  cache?: string;
  /** Where drawn cards (and, in `charts/`, drawn charts) are kept instead (`CASEBOOK_CARDS_CACHE`, older setting). */
  cardsCache?: string;
}

/** The caches of a casebook, one store each (see `ArtefactStore`). */
export type StoreKind = 'model' | 'text' | 'search' | 'data' | 'pages' | 'cards' | 'charts' | 'reports' | 'compressed';

/** The default parent of every content folder's stores. */
export const DEFAULT_CACHE = 'node_modules/.cache/casebook';

/**
 * The root of one content folder's stores:
 * `<cache>/<digest of the content folder's absolute path>/`. Casebooks in
 * other folders (tests, benchmarks, other organisations) never read, prune
 * or race each other's entries; deleting this folder makes the next build
 * of that casebook cold.
 */
function storeRoot(settings: StoreSettings): string {
  return path.join(path.resolve(settings.root, settings.cache ?? DEFAULT_CACHE), digestOf(path.resolve(settings.root, settings.content)));
}

/** The folder of one store of a content folder: `<store root>/<kind>`, or `<cardsCache>/<kind>` for cards and charts when that is set. */
export function storeFolder(settings: StoreSettings, kind: StoreKind): string {
  if (settings.cardsCache && (kind === 'cards' || kind === 'charts')) {
    return path.join(path.resolve(settings.root, settings.cardsCache), kind);
  }
  return path.join(storeRoot(settings), kind);
}

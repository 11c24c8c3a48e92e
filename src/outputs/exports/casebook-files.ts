// The casebook-wide data files (api/cases.json, api/stats.json, api/stats.csv), written beside the built site as
// streams. At 50,000 cases stats.json is over 500 MB: more than one string can hold, and as an Astro route it was
// held three times over (the text, the response, Astro's copy of it), 2 GB at once.
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PublishedView } from '../../view/published.ts';
import { digestOf, digestOfEach } from '../../domain/digest.ts';
import { ArtefactStore } from '../../store/artefact-store.ts';
import { temporaryName } from '../../store/files.ts';
import { casesJsonPieces } from './cases.ts';
import { csvPieces, jsonPieces } from './stats.ts';

/** One casebook-wide file: where it goes under the site root, what decides its content, and its text in pieces. */
export interface CasebookFile {
  path: string;
  key: string;
  pieces: () => Iterable<string>;
}

/** The casebook-wide data files of the published view (shapes documented in docs/features/stats-and-exports.md). */
export function casebookFiles(view: PublishedView, siteUrl: string): CasebookFile[] {
  // The rows are made only when the files are written (their key is not the rows' digest).
  const { key } = view.statRows;
  // Each case's model digest (its file and the code that read it) is already made: hashing every case's
  // frontmatter again on each build would cost more than writing cases.json anew after a body edit.
  const casesKey = digestOfEach(view.cases.map((entry) => [entry.id, entry.digest]));
  return [
    { path: 'api/cases.json', key: casesKey, pieces: () => casesJsonPieces(view.cases, siteUrl) },
    { path: 'api/stats.json', key, pieces: () => jsonPieces(view.statRows.rows, siteUrl) },
    { path: 'api/stats.csv', key, pieces: () => csvPieces(view.statRows.rows) },
  ];
}

/**
 * Stores `file` in `store` (keyed by its key and the site's `settings`,
 * so an unchanged file is not written again), streamed a few pages of text
 * at a time. Returns its store entry's name and whether it was made anew.
 */
export async function storeCasebookFile(store: ArtefactStore, file: CasebookFile, settings: string): Promise<{ name: string; made: boolean }> {
  const name = ArtefactStore.name(digestOf([settings, file.path, file.key]), file.path.slice(file.path.lastIndexOf('.')));
  if (store.hasWhole(name)) return { name, made: false };
  const temporary = temporaryName(store.path(name));
  try {
    await pipeline(Readable.from(batches(file.pieces())), createWriteStream(temporary));
    await store.adopt(name, temporary);
  } finally {
    await rm(temporary, { force: true });
  }
  return { name, made: true };
}

// Pieces joined into writes of about 64 KB: one write per row would be hundreds of thousands of tiny writes.
function* batches(pieces: Iterable<string>): Generator<string> {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= 65_536) {
      yield batch;
      batch = '';
    }
  }
  if (batch) yield batch;
}

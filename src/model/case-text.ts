import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { LoadedCase } from './load.ts';
import type { CaseBody } from './case-body.ts';
import type { BodySection } from './body/sections.ts';
import { ArtefactStore } from '../store/artefact-store.ts';

/** What of a checked case the build reads once or twice and need not hold: its MDX body, its HTML, its search sections. */
export interface CaseText {
  body: string;
  html: string;
  sections: BodySection[];
}

// A state of a case no build has used for this long is removed; a dev server of the same folder may still use a newer one.
const UNUSED_MS = 24 * 3600 * 1000;

/**
 * Moves the bulky text of checked cases out of the heap: each case's MDX
 * body, its HTML and its search sections (two thirds of a case's memory:
 * 26 of 42 KB in the synthetic casebook) go to the store in `folder`, one
 * file per state of a case (named by its digest, so an unchanged case is not
 * written again), and the returned cases read them back each time a page or
 * output asks (`entry.body`, `entry.parsed.html`, `entry.parsed.sections`).
 * A page reads its case's HTML once; the search index reads the sections
 * of changed cases only. Everything else (frontmatter, headings, the YAML
 * positions) stays in memory. A case whose text cannot be stored (a full
 * disk) is kept as it was: the store saves memory, it never fails a build.
 */
export async function releaseCaseText(cases: readonly LoadedCase[], folder: string): Promise<LoadedCase[]> {
  let store: ArtefactStore;
  try {
    store = ArtefactStore.open(folder);
  } catch {
    return [...cases];
  }
  // Written without waiting: this thread does nothing else meanwhile, and each write queued on the thread pool
  // costs more than the write itself.
  const released = cases.map((entry) => {
    const name = `${entry.digest}.v8`;
    try {
      if (!store.has(name)) store.writeSync(name, serialize({ body: entry.body, html: entry.parsed.html, sections: entry.parsed.sections } satisfies CaseText));
      return readBack(entry, store.path(name));
    } catch {
      return entry;
    }
  });
  await store.prune({ unusedForMs: UNUSED_MS }).catch(() => {});
  return released;
}

/** The checked text of a case as the text store holds it in `file` (see `caseTextFile`); throws when it cannot be read. */
export function readCaseText(file: string): CaseText {
  return deserialize(readFileSync(file)) as CaseText;
}

/** The file of the text store in `folder` holding the checked text of the case state `digest`, if it is there. */
export function caseTextFile(folder: string, digest: string): string | undefined {
  const file = path.join(folder, `${digest}.v8`);
  return existsSync(file) ? file : undefined;
}

/**
 * `entry` with its body, HTML and sections read from `file` when asked for.
 * They are own enumerable getters, so copying the case's property
 * descriptors (as the published view does) keeps them lazy; a spread would
 * read them.
 */
function readBack(entry: LoadedCase, file: string): LoadedCase {
  // The getters must not hold `entry` itself (its text is what is being let go): only the two names.
  const caseFile = entry.file;
  const read = (): CaseText => {
    try {
      return readCaseText(file);
    } catch (error) {
      throw new Error(`${caseFile}: its checked text (${file}) could not be read back during the build; build again (${error instanceof Error ? error.message : error})`);
    }
  };
  const { body: _body, parsed, ...rest } = entry;
  const lazyParsed = Object.defineProperties(
    { headings: parsed.headings, diagnostics: parsed.diagnostics },
    {
      html: { get: () => read().html, enumerable: true },
      sections: { get: () => read().sections, enumerable: true },
    },
  ) as CaseBody;
  return Object.defineProperty({ ...rest, parsed: lazyParsed }, 'body', { get: () => read().body, enumerable: true }) as LoadedCase;
}

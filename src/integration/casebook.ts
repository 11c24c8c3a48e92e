import { stat } from 'node:fs/promises';
import path from 'node:path';
import { checkCasebook, type CheckResult } from '../model/checks/index.ts';
import { contentPaths } from '../model/files/paths.ts';
import { listTree } from '../model/files/collection-files.ts';
import { sharedModel } from '../model/shared-model.ts';
import { forgetSiteSettings } from '../site.config.ts';
import { readSettings, SETTINGS_FILE, sourceTextsFolder } from '../model/settings.ts';
import type { CasebookOptions } from '../options.ts';
import { checkCardText } from '../outputs/cards/check.ts';
import { storeFolder, type StoreKind } from '../store/folders.ts';
import { releaseCaseText } from '../model/case-text.ts';

/** The checked casebook every build step and page reads: entries, claims, disagreements, problems. */
export type CasebookModel = CheckResult;

/**
 * Loads and checks the casebook the way the build does: every content check
 * plus the check that the social cards can draw every character. `npm run
 * check` calls this too, so it fails exactly when the build would.
 */
export function loadSiteCasebook(options: CasebookOptions): Promise<CasebookModel> {
  return checkCasebook(options.root, {
    contentDir: options.content,
    sourceTexts: options.sourceTexts,
    extraChecks: [checkCardText],
    cacheDir: cacheFolder(options, 'model'),
  });
}

/**
 * Where one cache of this casebook's content folder lives: its store
 * (`<CASEBOOK_CACHE>/<digest of the content folder>/<kind>`, see
 * src/store/folders.ts). Every cache of a build goes through here.
 */
export function cacheFolder(options: CasebookOptions, kind: StoreKind): string {
  return storeFolder(options, kind);
}

/** The folder of source texts this build reads: `CASEBOOK_SOURCE_TEXTS`, else the one `casebook.yaml` names (see `sourceTextsFolder`). */
export function sourceTextsOf(options: CasebookOptions): string {
  return sourceTextsFolder(options.root, options.content, readSettings(options.root, options.content).settings, options.sourceTexts).folder;
}

const shared = sharedModel() as { options?: CasebookOptions; fingerprint?: string; model?: Promise<CasebookModel> };

/**
 * Records the options the process's model is loaded with, without loading
 * it: `astro sync` and `astro check` run the content loaders, which load it
 * on first use.
 */
export function configureCasebook(options: CasebookOptions): void {
  if (shared.options && JSON.stringify(shared.options) !== JSON.stringify(options)) shared.model = undefined;
  shared.options = options;
  // A restart of the dev server (casebook.yaml changed) configures again: the settings are read afresh.
  forgetSiteSettings();
  sharedModel().refresh = () => sharedCasebook(undefined, { fresh: true });
}

/**
 * The casebook model of this process, built once: the integration asks for
 * it first (with the options), the content loaders, the pages and the card
 * step then read the same object. With `fresh`, files are looked at again
 * (the dev server after an edit) and the model is rebuilt only if one
 * changed.
 */
export async function sharedCasebook(options?: CasebookOptions, { fresh = false } = {}): Promise<CasebookModel> {
  if (options) configureCasebook(options);
  if (!shared.options) throw new Error('The casebook loaders need the casebook() integration: add it to astro.config.mjs');
  if (shared.model && !fresh) return shared.model;
  const fingerprint = await fingerprintOf(shared.options);
  if (!shared.model || fingerprint !== shared.fingerprint) {
    shared.fingerprint = fingerprint;
    shared.model = loadSiteCasebook(shared.options);
  }
  return shared.model;
}

/** Names, sizes and modification times of every content file and source text: cheap to read, changes with any edit. */
async function fingerprintOf(options: CasebookOptions): Promise<string> {
  const paths = contentPaths(options.content);
  const folders = [paths.cases.base, paths.series.base, paths.sources.base].map((folder) => path.resolve(options.root, folder));
  folders.push(sourceTextsOf(options));
  const files = (
    // Links to folders are not followed: a link loop would make the walk endless (see `listTree`).
    await Promise.all(folders.map(async (folder) => (await listTree(folder)).map((name) => path.join(folder, name))))
  ).flat();
  files.push(path.resolve(options.root, paths.thesaurus), path.resolve(options.root, options.content, SETTINGS_FILE));
  // Looked at together: a thousand stat calls one after another spend most of their time waiting.
  const parts = await Promise.all(files.map(async (file) => {
    const info = await stat(file).catch(() => undefined);
    return `${file}:${info?.size}:${info?.mtimeMs}`;
  }));
  return parts.join('\n');
}

/**
 * In a build, once the model is checked: moves the cases' bodies, HTML and
 * search sections to the content folder's `text` store, read back when a
 * page or output asks (see `releaseCaseText`), so a large casebook's build
 * does not hold them all. The dev server keeps them: it re-checks after
 * every save.
 */
export async function releaseModelText(options: CasebookOptions): Promise<CasebookModel> {
  const model = await sharedCasebook(options);
  const cases = await releaseCaseText(model.casebook.cases, cacheFolder(options, 'text'));
  const released: CasebookModel = { ...model, casebook: { ...model.casebook, cases } };
  shared.model = Promise.resolve(released);
  return released;
}

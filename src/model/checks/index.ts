import { appendAll } from '../../domain/append-all.ts';
import { loadCasebook, type Casebook } from '../load.ts';
import { ModelCache } from '../cache.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { stat } from 'node:fs/promises';
import { SourceTexts } from '../files/source-texts.ts';
import { claimRecords, findDisagreements, type ClaimRecord, type Disagreement } from '../../domain/claims.ts';
import { checkOriginality } from './originality.ts';
import { checkConsistency } from './consistency.ts';
import { checkProvenance } from './provenance.ts';
import type { Verification } from '../../domain/verification.ts';
import { checkReferences } from './references.ts';
import { checkRegionSlugs, checkTagSpellings } from './slugs.ts';
import { checkKinds } from './vocabulary.ts';
import { checkDates } from './dates.ts';
import { checkReservedIds } from './reserved.ts';
import { sourceTextsFolder } from '../settings.ts';
import { escapeForTerminal } from '../../domain/text-policy.ts';

/** A check that a later stage adds to the content checks (the build adds what its social cards cannot draw). */
export type ExtraCheck = (casebook: Casebook) => Diagnostic[] | Promise<Diagnostic[]>;

/** The casebook as loaded, what it claims, and every problem any check found. */
export interface CheckResult {
  casebook: Casebook;
  /** Every statistic of every case (drafts included), derived once. */
  claims: ClaimRecord[];
  /** Statements of the same subject and metric whose figures differ, reconciled or not. */
  disagreements: Disagreement[];
  diagnostics: Diagnostic[];
  /** Per case id, what the figure check established about each statistic (frontmatter order): the receipts readers see. */
  verifications: Map<string, Verification[]>;
  /** Checks that could not run, and why; printed so a skipped check never passes silently. */
  skipped: string[];
  /** Milliseconds spent reading (parsing, rendering) the files and running the checks, for the build profile. */
  timings?: { read: number; checks: number };
}

/** Where to look for content and source texts; both default from the environment. */
export interface CheckOptions {
  contentDir?: string;
  /**
   * Folder of source full texts (relative to `root`), instead of the one `casebook.yaml` names (`sourceTexts`,
   * default `texts/` in the content folder). A missing folder is an error unless the settings call it optional;
   * then the checks that need the texts are skipped, and say so.
   */
  sourceTexts?: string;
  /** Checks run after the content checks, e.g. the social cards' glyph check. */
  extraChecks?: readonly ExtraCheck[];
  /** Folder that keeps per-file results between runs (see `ModelCache`); none: every file is read afresh. */
  cacheDir?: string;
}

/**
 * Runs every content check over the project at `root`: schemas, ids,
 * references, region and tag URLs, each body (content only, statistics stated, nothing else
 * claimed), the same claim agreeing across pages, figures against their
 * sources and copied sentences, then any `extraChecks`.
 * `npm run check` and the build both reach this through `buildCasebook`.
 */
export async function checkCasebook(root: string, options: CheckOptions | string = {}): Promise<CheckResult> {
  const { contentDir, sourceTexts, extraChecks, cacheDir } = typeof options === 'string' ? ({ contentDir: options } as CheckOptions) : options;
  const started = performance.now();
  const cache = await ModelCache.open(cacheDir);
  const casebook = await loadCasebook(root, contentDir, cache);
  const read = performance.now() - started;
  const texts = await openSourceTexts(root, casebook, sourceTexts);
  const result = await runChecks(casebook, texts.texts, extraChecks, cache);
  result.diagnostics = [...texts.diagnostics, ...result.diagnostics];
  await cache.save();
  return { ...result, timings: { read, checks: performance.now() - started - read } };
}

/**
 * The casebook's source texts (see `sourceTextsFolder`), or why there are
 * none: a folder that is not there is an error at the setting that names it,
 * unless the settings call it optional.
 */
async function openSourceTexts(root: string, casebook: Casebook, override?: string): Promise<{ texts?: SourceTexts; diagnostics: Diagnostic[] }> {
  const { folder, optional, fromEnvironment } = sourceTextsFolder(root, casebook.contentDir, casebook.settings, override);
  const info = await stat(folder).catch(() => undefined);
  if (info?.isDirectory()) return { texts: new SourceTexts(folder), diagnostics: [] };
  // With broken settings the folder named is a placeholder: the settings' own error comes first.
  const settingsBroken = casebook.diagnostics.some((diagnostic) => diagnostic.file === casebook.settingsFile.file);
  if (optional || settingsBroken) return { diagnostics: [] };
  const what = info ? 'is not a folder' : 'does not exist';
  if (fromEnvironment) return { diagnostics: [{ file: casebook.settingsFile.file, line: 1, column: 1, field: 'sourceTexts', message: `CASEBOOK_SOURCE_TEXTS names ${folder}, which ${what}: set it to the folder of source texts, or unset it to use sourceTexts in this file` }] };
  return {
    diagnostics: [{
      file: casebook.settingsFile.file,
      // Where the setting is written, or the file's first line when the folder is the default one.
      ...(settingsHas(casebook, 'sourceTexts') ? casebook.settingsFile.source!.locate(['sourceTexts']) : { line: 1, column: 1 }),
      field: 'sourceTexts',
      message: `the source-text folder ${casebook.settings.sourceTexts.folder} (${folder}) ${what}: create it and put each source's full text in it, or name the right folder (relative to the content folder); write sourceTexts: { folder: …, optional: true } only if the texts are kept elsewhere and the figures may go unchecked`,
    }],
  };
}

const settingsHas = (casebook: Casebook, field: string) => {
  const value = casebook.settingsFile.source?.value;
  return typeof value === 'object' && value !== null && Object.hasOwn(value, field);
};

/**
 * Every check over an already loaded casebook; `texts` undefined skips the
 * checks that need source texts (and says so). Tests that mutate one file
 * reload only that file and call this.
 */
export async function runChecks(
  casebook: Casebook,
  texts: SourceTexts | undefined,
  extraChecks: readonly ExtraCheck[] = [],
  cache?: ModelCache,
): Promise<CheckResult> {
  const claims = claimRecords(casebook.cases);
  const disagreements = findDisagreements(claims);
  const diagnostics = [
    ...casebook.diagnostics,
    ...casebook.cases.flatMap((entry) => entry.parsed.diagnostics),
    ...checkReferences(casebook),
    ...checkKinds(casebook),
    ...checkRegionSlugs(casebook.cases),
    ...checkTagSpellings(casebook.cases),
    ...checkDates(casebook),
    ...checkReservedIds(casebook),
    ...checkConsistency(casebook, claims, disagreements),
  ];
  for (const check of extraChecks) appendAll(diagnostics, await check(casebook));
  const skipped: string[] = [];
  const provenance = await checkProvenance(casebook, texts, cache);
  appendAll(diagnostics, provenance.diagnostics);
  if (texts) {
    appendAll(diagnostics, await checkOriginality(casebook, texts, cache));
  } else if (casebook.cases.length > 0 || casebook.diagnostics.length === 0) {
    // (With no case read and errors reported, nothing was skipped: the errors say why.)
    skipped.push(escapeForTerminal(`figures were not checked against source texts and bodies not checked for copied sentences: the source-text folder ${casebook.settings.sourceTexts.folder} (sourceTexts in ${casebook.settingsFile.file}) is not there`));
  }
  return { casebook, claims, disagreements, diagnostics, verifications: provenance.verifications, skipped };
}

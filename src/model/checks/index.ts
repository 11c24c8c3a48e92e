import { loadCasebook, type Casebook } from '../load.ts';
import { ModelCache } from '../cache.ts';
import type { Diagnostic } from '../diagnostics.ts';
import path from 'node:path';
import { SourceTexts } from '../files/source-texts.ts';
import { claimRecords, findDisagreements, type ClaimRecord, type Disagreement } from '../../domain/claims.ts';
import { checkOriginality } from './originality.ts';
import { checkConsistency } from './consistency.ts';
import { checkProvenance } from './provenance.ts';
import type { Verification } from '../../domain/verification.ts';
import { checkReferences } from './references.ts';
import { checkRegionSlugs, checkTagSpellings } from './slugs.ts';

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
  /** Folder of source full texts (relative to `root`); none: the checks that need them are skipped, and say so. */
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
  const result = await runChecks(casebook, sourceTexts ? new SourceTexts(path.resolve(root, sourceTexts)) : undefined, extraChecks, cache);
  await cache.save();
  return { ...result, timings: { read, checks: performance.now() - started - read } };
}

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
    ...checkRegionSlugs(casebook.cases),
    ...checkTagSpellings(casebook.cases),
    ...checkConsistency(casebook, claims, disagreements),
  ];
  for (const check of extraChecks) diagnostics.push(...(await check(casebook)));
  const skipped: string[] = [];
  const provenance = await checkProvenance(casebook, texts, cache);
  diagnostics.push(...provenance.diagnostics);
  if (texts) {
    diagnostics.push(...(await checkOriginality(casebook, texts, cache)));
  } else {
    skipped.push('figures were not checked against source texts and bodies not checked for copied sentences: set CASEBOOK_SOURCE_TEXTS to the folder of source texts');
  }
  return { casebook, claims, disagreements, diagnostics, verifications: provenance.verifications, skipped };
}

import { loadCasebook, type Casebook } from '../load.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { SourceTexts, sourceTextsDir } from '../source-texts.ts';
import { checkOriginality } from './originality.ts';
import { checkCardText } from './cards.ts';
import { checkConsistency } from './consistency.ts';
import { checkProse } from './prose.ts';
import { checkProvenance } from './provenance.ts';
import { checkReferences } from './references.ts';

/** The casebook as loaded, with every problem any check found. */
export interface CheckResult {
  casebook: Casebook;
  diagnostics: Diagnostic[];
  /** Checks that could not run, and why; printed so a skipped check never passes silently. */
  skipped: string[];
}

/** Where to look for content and source texts; both default from the environment. */
export interface CheckOptions {
  contentDir?: string;
  /** Folder of source full texts; defaults to `CASEBOOK_SOURCE_TEXTS` or `../shared/seeds`. */
  sourceTexts?: string;
}

/**
 * Runs every content check over the project at `root`: schemas, ids,
 * references, statistics stated in the prose (and nothing else claimed),
 * the same claim agreeing across pages, text the social cards cannot draw,
 * figures against their sources and copied sentences.
 * `npm run check` and the build both call this.
 */
export async function checkCasebook(root: string, options: CheckOptions | string = {}): Promise<CheckResult> {
  const { contentDir, sourceTexts } = typeof options === 'string' ? { contentDir: options, sourceTexts: undefined } : options;
  const casebook = await loadCasebook(root, contentDir);
  const textsDir = sourceTextsDir(root, sourceTexts);
  return runChecks(casebook, textsDir ? new SourceTexts(textsDir) : undefined);
}

/**
 * Every check over an already loaded casebook; `texts` undefined skips the
 * checks that need source texts (and says so). Tests that mutate one file
 * reload only that file and call this.
 */
export async function runChecks(casebook: Casebook, texts: SourceTexts | undefined): Promise<CheckResult> {
  const diagnostics = [
    ...casebook.diagnostics,
    ...checkReferences(casebook),
    ...checkProse(casebook),
    ...checkConsistency(casebook),
    ...(await checkCardText(casebook)),
  ];
  const skipped: string[] = [];
  if (texts) {
    diagnostics.push(...(await checkProvenance(casebook, texts)), ...(await checkOriginality(casebook, texts)));
  } else {
    skipped.push('figures were not checked against source texts and bodies not checked for copied sentences: set CASEBOOK_SOURCE_TEXTS to the folder of source texts');
  }
  return { casebook, diagnostics, skipped };
}

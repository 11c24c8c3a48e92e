import { LANGUAGES, type Language } from '../schemas/casebook.ts';

/** The languages `npm run init` writes a casebook in: every language of the interface. */
export const STARTER_LANGUAGES = LANGUAGES;

/** One of {@link STARTER_LANGUAGES}. */
export type StarterLanguage = Language;

/** One file of a new casebook: its path inside the content folder (with `/`) and its text. */
export interface StarterFile {
  path: string;
  text: string;
}

/**
 * Everything a new casebook holds in one language: the settings, one
 * series, one source record with the text `init` writes for it, and one case
 * whose statistics are printed in that text. Ids are the file names.
 */
export interface StarterContent {
  /** `casebook.yaml`. */
  settings: string;
  series: { id: string; text: string };
  source: { id: string; text: string };
  /** The source's full text, written into `texts/` under this file name. */
  sourceText: { file: string; text: string };
  /** The example case; `date` is the day it is written, `YYYY-MM-DD`. */
  example: { id: string; text: (date: string) => string };
}

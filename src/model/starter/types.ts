/** The languages `npm run init` writes a casebook in. */
export const STARTER_LANGUAGES = ['zh-CN', 'en'] as const;

/** One of {@link STARTER_LANGUAGES}. */
export type StarterLanguage = (typeof STARTER_LANGUAGES)[number];

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

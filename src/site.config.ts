import { optionsFromEnv, reportVolumeFromEnv } from './options.ts';
import { readSettings, withCasebookSettings } from './model/settings.ts';
import type { Language } from './model/schemas/casebook.ts';

/** The origin used when neither `casebook.yaml` nor `CASEBOOK_SITE_URL` names one; a production build that still uses it says so. */
export const PLACEHOLDER_SITE_URL = 'https://casebook.example.org';

const options = optionsFromEnv(process.cwd());
// Read once per process from the content folder being built. Settings with errors give a neutral placeholder
// here: the model reports those errors (file, line, field) and the build stops before any page is made.
const { settings } = readSettings(options.root, options.content);

/**
 * The casebook's site settings, from `casebook.yaml` in the content folder
 * (`CASEBOOK_CONTENT`, default `content/`), with the environment's overrides
 * (`CASEBOOK_SITE_URL`, `CASEBOOK_REPORT_VOLUME`): what every page, feed,
 * card and report says about the casebook itself.
 */
export const site = {
  /** Absolute origin the site is deployed at; canonical URLs, feeds and the sitemap use it. */
  url: withCasebookSettings(options, settings).siteUrl ?? PLACEHOLDER_SITE_URL,
  /** Site name shown in the header, titles and feeds. */
  title: settings.title,
  /** Short name for tight spaces (browser tabs, cards). */
  shortTitle: settings.shortTitle,
  /** One sentence describing the casebook, used for the home page and feed. */
  description: settings.description,
  /** Language of the interface and, unless a case says otherwise, of the content. */
  lang: settings.lang as Language,
  /** Publisher named in the footer and feed. */
  publisher: settings.publisher,
  /** Chapters in one volume of a PDF report. */
  reportVolumeChapters: reportVolumeFromEnv() ?? settings.reports.volumeChapters,
  /** The kinds of case, id → label, in the order listings show them. */
  kinds: settings.kinds as Readonly<Record<string, string>>,
  /** Example queries the search page offers. */
  searchExamples: settings.search.examples as readonly string[],
};

/** Validated site settings. */
export type SiteSettings = typeof site;

/** The label readers see for a kind id (the id itself if the casebook does not name it, which the check refuses). */
export function kindLabel(kind: string): string {
  return site.kinds[kind] ?? kind;
}

/** The `lang` attribute a case's own text needs: its language where it differs from the site's, else none. */
export function caseLang(entry: { data: { lang?: Language } }): Language | undefined {
  return entry.data.lang && entry.data.lang !== site.lang ? entry.data.lang : undefined;
}

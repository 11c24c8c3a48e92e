import { optionsFromEnv, reportVolumeFromEnv } from './options.ts';
import { readSettings, withCasebookSettings } from './model/settings.ts';
import { sharedModel } from './model/shared-model.ts';
import type { CasebookSettings, Language } from './model/schemas/casebook.ts';
import type { CasebookOptions } from './options.ts';
import { uiFor, type Ui } from './i18n/ui.ts';

/** The origin used when neither `casebook.yaml` nor `CASEBOOK_SITE_URL` names one; a production build that still uses it says so. */
export const PLACEHOLDER_SITE_URL = 'https://casebook.example.org';

let current: { key: string; options?: CasebookOptions; settings: CasebookSettings; url: string; reports: boolean } | undefined;

/**
 * The settings of the casebook being built, read once per content folder:
 * the folder the integration was configured with (`configureCasebook`), or
 * before that the environment's. Read on first use, not on import, because
 * the configuration, the content loaders and the pages are evaluated by
 * different module runners, some before the integration knows its options
 * and from another working folder. Settings with errors give a neutral
 * placeholder here: the model reports them and the build stops first.
 */
function settingsNow(): { settings: CasebookSettings; url: string; reports: boolean } {
  const given = sharedModel().options as CasebookOptions | undefined;
  // The same options as last time: pages ask for a setting hundreds of times each (about 1 s of a 10,000-case
  // rendering's own time went to making the key below).
  if (given && current?.options === given) return current;
  const options = given ?? optionsFromEnv(process.cwd());
  const key = `${options.root}\0${options.content}`;
  if (current?.key !== key) {
    const { settings } = readSettings(options.root, options.content);
    const decided = withCasebookSettings(options, settings);
    current = { key, settings, url: decided.siteUrl ?? PLACEHOLDER_SITE_URL, reports: decided.reports };
  }
  current.options = given;
  return current;
}

/** Reads `casebook.yaml` again on next use (the dev server after the file changed). */
export function forgetSiteSettings(): void {
  current = undefined;
}

/**
 * The casebook's site settings, from `casebook.yaml` in the content folder
 * (`CASEBOOK_CONTENT`, default `content/`), with the environment's overrides
 * (`CASEBOOK_SITE_URL`, `CASEBOOK_REPORT_VOLUME`): what every page, feed,
 * card and report says about the casebook itself.
 */
export const site = {
  /** Absolute origin the site is deployed at; canonical URLs, feeds and the sitemap use it. */
  get url(): string {
    return settingsNow().url;
  },
  /** Site name shown in the header, titles and feeds. */
  get title(): string {
    return settingsNow().settings.title;
  },
  /** Short name for tight spaces (browser tabs, cards). */
  get shortTitle(): string {
    return settingsNow().settings.shortTitle;
  },
  /** One sentence describing the casebook, used for the home page and feed. */
  get description(): string {
    return settingsNow().settings.description;
  },
  /** Language of the interface and, unless a case says otherwise, of the content. */
  get lang(): Language {
    return settingsNow().settings.lang;
  },
  /** Publisher named in the footer and feed. */
  get publisher(): string {
    return settingsNow().settings.publisher;
  },
  /** Chapters in one volume of a PDF report. */
  get reportVolumeChapters(): number {
    return reportVolumeFromEnv() ?? settingsNow().settings.reports.volumeChapters;
  },
  /** Whether each case has a PDF of its own (`/cases/<id>.pdf`): `reports.casePdfs`, when the reports are printed at all. */
  get casePdfs(): boolean {
    return settingsNow().reports && settingsNow().settings.reports.casePdfs;
  },
  /** The kinds of case, id → label, in the order listings show them. */
  get kinds(): Readonly<Record<string, string>> {
    return settingsNow().settings.kinds;
  },
  /** The licence's web address, when the casebook names one. */
  get license(): string | undefined {
    return settingsNow().settings.license;
  },
  /** Example queries the search page offers. */
  get searchExamples(): readonly string[] {
    return settingsNow().settings.search.examples;
  },
  /** The search server the search page asks instead of its static index, when casebook.yaml names one. */
  get searchEngine() {
    return settingsNow().settings.search.engine;
  },
};

/** The site settings, as pages read them. */
export type SiteSettings = typeof site;

/**
 * The interface words of the casebook's language (src/i18n): what every
 * page, card, feed and report reads. Looked up on each use, like `site`, so a
 * module imported before the integration knows the casebook still speaks its
 * language.
 */
export const ui: Ui = new Proxy({} as Ui, {
  get: (_target, part) => uiFor(site.lang)[part as keyof Ui],
});

/** A site path (`/cases/x/`, from src/domain/urls.ts) as the absolute address it is published at. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url).href;
}

/** The label readers see for a kind id (the id itself if the casebook does not name it, which the check refuses). */
export function kindLabel(kind: string): string {
  return site.kinds[kind] ?? kind;
}

/** The `lang` attribute a case's own text needs: its language where it differs from the site's, else none. */
export function caseLang(entry: { data: { lang?: Language } }): Language | undefined {
  return entry.data.lang && entry.data.lang !== site.lang ? entry.data.lang : undefined;
}

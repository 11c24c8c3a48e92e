import path from 'node:path';
import type { Diagnostic } from './diagnostics.ts';
import { parseYamlSource, type YamlSource } from './files/yaml-source.ts';
import { MAX_CONTENT_FILE_BYTES } from './files/limits.ts';
import { describeProblem, readTextFileSync } from './files/text-file.ts';
import { validateSource } from './validate.ts';
import { yamlTextProblems } from './checks/text-policy.ts';
import type { CasebookOptions } from '../options.ts';
import { normalizeBase } from '../domain/urls.ts';
import { casebookSettingsSchema, DATES, DEFAULT_SECTIONS, type CasebookSettings } from './schemas/casebook.ts';

/** The settings file every content folder holds, beside `cases/`, `series/` and `sources/`. */
export const SETTINGS_FILE = 'casebook.yaml';

/**
 * What a content folder without usable settings is shown as while its
 * errors are reported: a neutral placeholder, never another organisation's
 * name, so nothing of one casebook reaches another's pages.
 */
export const FALLBACK_SETTINGS: CasebookSettings = {
  title: 'Casebook',
  shortTitle: 'Casebook',
  description: 'A casebook whose casebook.yaml has errors.',
  publisher: 'Casebook',
  lang: 'zh-CN',
  kinds: {},
  sections: DEFAULT_SECTIONS['zh-CN'],
  search: { examples: [] },
  sourceTexts: { folder: 'texts', optional: true },
  reports: { volumeChapters: 50, enabled: true, casePdfs: true },
  cards: { enabled: true },
  collections: { stats: false },
  dates: DATES,
};

/** A content folder's settings, or the placeholder and why the file could not be used. */
export interface SettingsRead {
  /** Valid settings, or {@link FALLBACK_SETTINGS} when `diagnostics` is not empty. */
  settings: CasebookSettings;
  /** Where the settings file is, relative to the project root as diagnostics print it. */
  file: string;
  /** Every problem with the file, each at its line and field; empty when the settings are valid. */
  diagnostics: Diagnostic[];
  /** The file as parsed, to point at any setting (a missing source-text folder, a title the cards cannot draw); none when it did not parse. */
  source?: YamlSource;
}

/**
 * Reads and validates `casebook.yaml` in `contentDir` (relative to `root`,
 * or absolute). Synchronous, because the site's settings module reads it
 * while Astro's configuration is being loaded; a file of at most 1 MB.
 */
export function readSettings(root: string, contentDir: string): SettingsRead {
  const file = path.posix.join(contentDir.split(path.sep).join('/'), SETTINGS_FILE);
  const absolute = path.resolve(root, contentDir, SETTINGS_FILE);
  const failed = (diagnostics: Diagnostic[]): SettingsRead => ({ settings: FALLBACK_SETTINGS, file, diagnostics });
  const read = readSettingsText(absolute, path.resolve(root, contentDir));
  if ('missing' in read) {
    return failed([{ file, line: 1, column: 1, message: `there is no ${SETTINGS_FILE} in the content folder: every casebook names its title, language and kinds there (see docs/reference/casebook-yaml.md)` }]);
  }
  if ('problem' in read) return failed([{ file, column: 1, ...read.problem }]);
  if (read.text.trim() === '') return failed([{ file, line: 1, column: 1, message: `${SETTINGS_FILE} is empty: it needs at least title, shortTitle, description, publisher and kinds` }]);
  const parsed = parseYamlSource(read.text, file);
  if (!parsed.ok) return failed(parsed.diagnostics);
  const refused = yamlTextProblems(parsed.source, file);
  if (refused.length) return { ...failed(refused), source: parsed.source };
  const result = validateSource(casebookSettingsSchema, parsed.source, file);
  if (!result.ok) return { ...failed(result.diagnostics), source: parsed.source };
  const data = result.data;
  const settings: CasebookSettings = { ...data, sections: data.sections ?? DEFAULT_SECTIONS[data.lang] };
  return { settings, file, diagnostics: [], source: parsed.source };
}

function readSettingsText(absolute: string, folder: string): { text: string } | { missing: true } | { problem: { line: number; message: string } } {
  const read = readTextFileSync(absolute, MAX_CONTENT_FILE_BYTES, folder);
  if (read.ok) return { text: read.text };
  if (read.reason === 'missing') return { missing: true };
  return { problem: describeProblem(read, 'the file') };
}

/**
 * The folder of source texts as an absolute path, and whether its absence
 * is allowed: `CASEBOOK_SOURCE_TEXTS` (relative to the project) when set,
 * else the settings' `sourceTexts` (relative to the content folder).
 */
export function sourceTextsFolder(root: string, contentDir: string, settings: CasebookSettings, override?: string): { folder: string; optional: boolean; fromEnvironment: boolean } {
  if (override) return { folder: path.resolve(root, override), optional: false, fromEnvironment: true };
  return { folder: path.resolve(root, contentDir, settings.sourceTexts.folder), optional: settings.sourceTexts.optional, fromEnvironment: false };
}

/**
 * The build options with what `casebook.yaml` decides where the environment
 * is silent: the base path, the site URL, and whether cards and reports are
 * made. The environment always wins (docs/operators/settings.md).
 */
export function withCasebookSettings(options: CasebookOptions, settings: CasebookSettings, env: NodeJS.ProcessEnv = process.env): CasebookOptions {
  return {
    ...options,
    base: env.CASEBOOK_BASE ? options.base : normalizeBase(settings.base ?? '/'),
    siteUrl: options.siteUrl ?? settings.url,
    cards: env.CASEBOOK_CARDS ? options.cards : settings.cards.enabled,
    reports: env.CASEBOOK_REPORTS ? options.reports : settings.reports.enabled,
  };
}

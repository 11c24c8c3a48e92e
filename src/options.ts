import path from 'node:path';
import { z } from 'astro/zod';
import { normalizeBase } from './domain/urls.ts';
import { escapeForTerminal, quote, shorten } from './domain/text-policy.ts';
import { DEFAULT_CACHE } from './store/folders.ts';

/**
 * Casebook's build options, validated once. `astro.config.mjs` passes them to
 * the `casebook()` integration; the CLI scripts read the same environment
 * through {@link optionsFromEnv}. Every environment override is listed in the
 * docs/operators/settings.md.
 */
export const optionsSchema = z.strictObject({
  /** Absolute project root. */
  root: z.string(),
  /** Folder holding `cases/`, `series/` and `sources/`, relative to the root (`CASEBOOK_CONTENT`). */
  content: z.string().min(1).default('content'),
  /**
   * Folder of source full texts the figure and originality checks read (`CASEBOOK_SOURCE_TEXTS`), instead of
   * the one the casebook's `casebook.yaml` names (`sourceTexts`, default `texts/` in the content folder).
   */
  sourceTexts: z.string().optional(),
  /** Draw the social cards into the build (`CASEBOOK_CARDS=off` turns them off). */
  cards: z.boolean().default(true),
  /** Print every report to the PDF the site links to (`CASEBOOK_REPORTS=off` turns them off, e.g. for quick test builds). */
  reports: z.boolean().default(true),
  /**
   * Write `.br` and `.gz` copies beside the built text files (`CASEBOOK_PRECOMPRESS=on`), for hosts that serve
   * precompressed files (nginx, Caddy). Off by default: most hosts compress on the fly, and at 1,000 cases it
   * costs about half a second a rebuild and several seconds the first time.
   */
  precompress: z.boolean().default(false),
  /**
   * Folder of every cache kept between builds (`CASEBOOK_CACHE`): one store root per content folder inside it
   * (model shards, search index, cards, charts, reports, compressed files; see src/store/folders.ts).
   */
  cache: z.string().default(DEFAULT_CACHE),
  /** Folder of drawn cards and charts instead of the content folder's store (`CASEBOOK_CARDS_CACHE`, the older setting); unset by default. */
  cardsCache: z.string().optional(),
  /** Print where the build's time went, as one `[casebook:profile] {…}` line (`CASEBOOK_PROFILE=1`). */
  profile: z.boolean().default(false),
  /** Path the site is served under (`CASEBOOK_BASE`), e.g. `/casebook/` for a project site of a code host; Astro's `base`. */
  base: z
    .string()
    .regex(/^\/?[\w.~-]*(\/[\w.~-]+)*\/?$/, { error: 'CASEBOOK_BASE must be a path such as /casebook/' })
    .default('/')
    .transform(normalizeBase),
  /** Origin the site is deployed at (`CASEBOOK_SITE_URL`); overrides `url` in `casebook.yaml`. */
  siteUrl: z
    .url({ protocol: /^https?$/, hostname: /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/i, error: 'CASEBOOK_SITE_URL must be the address the site is served at, starting with https:// or http://, such as https://casebook.example.org' })
    .optional(),
});

/** Validated options, every path absolute. */
export type CasebookOptions = z.output<typeof optionsSchema>;

/** A setting of the environment that cannot be used: its message names the setting and says what to write; no stack trace is needed. */
export class SettingsError extends Error {}

const flag = (name: string, value: string | undefined, onWord: string, offWord: string): boolean | undefined => {
  if (value === undefined || value === '') return undefined;
  if (['1', 'true', 'on', onWord].includes(value)) return true;
  if (['0', 'false', 'off', offWord].includes(value)) return false;
  throw new SettingsError(`${name}=${escapeForTerminal(shorten(value))}: write ${name}=on or ${name}=off`);
};

/** `CASEBOOK_SITE_URL`, validated: the origin to deploy under instead of the one in `casebook.yaml`. */
export function siteUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const result = optionsSchema.shape.siteUrl.safeParse(env.CASEBOOK_SITE_URL || undefined);
  if (!result.success) throw new SettingsError(`${result.error.issues[0]!.message} (it is ${quote(env.CASEBOOK_SITE_URL ?? '')})`);
  return result.data;
}

/** `CASEBOOK_REPORT_VOLUME`: chapters per volume of a PDF report, instead of `reports.volumeChapters` in `casebook.yaml`. */
export function reportVolumeFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const value = env.CASEBOOK_REPORT_VOLUME;
  if (value === undefined || value === '') return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new SettingsError(`CASEBOOK_REPORT_VOLUME=${escapeForTerminal(shorten(value))}: write the number of chapters in a volume, such as 50`);
  return Number(value);
}

/** `CHROMIUM_PATH`: the Chromium that reports and browser tests drive, when set; otherwise one is found (see `findChromium`). */
export function chromiumPathFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.CHROMIUM_PATH || undefined;
}

/** The options as the environment sets them (see docs/operators/settings.md), validated; paths made absolute. */
export function optionsFromEnv(root: string, env: NodeJS.ProcessEnv = process.env): CasebookOptions {
  const result = optionsSchema.safeParse({
    root,
    content: env.CASEBOOK_CONTENT || undefined,
    sourceTexts: env.CASEBOOK_SOURCE_TEXTS || undefined,
    cards: flag('CASEBOOK_CARDS', env.CASEBOOK_CARDS, 'on', 'off'),
    reports: flag('CASEBOOK_REPORTS', env.CASEBOOK_REPORTS, 'on', 'off'),
    precompress: flag('CASEBOOK_PRECOMPRESS', env.CASEBOOK_PRECOMPRESS, 'on', 'off'),
    cache: env.CASEBOOK_CACHE || undefined,
    cardsCache: env.CASEBOOK_CARDS_CACHE || undefined,
    profile: flag('CASEBOOK_PROFILE', env.CASEBOOK_PROFILE, 'on', 'off'),
    siteUrl: env.CASEBOOK_SITE_URL || undefined,
    base: env.CASEBOOK_BASE || undefined,
  });
  if (!result.success) {
    const values: Record<string, string | undefined> = { siteUrl: env.CASEBOOK_SITE_URL, base: env.CASEBOOK_BASE, content: env.CASEBOOK_CONTENT };
    const lines = result.error.issues.map((issue) => {
      const given = values[String(issue.path[0])];
      return `  ${issue.message}${given === undefined ? '' : ` (it is ${quote(given)})`}`;
    });
    throw new SettingsError(`Invalid Casebook settings in the environment:\n${lines.join('\n')}\nSee docs/operators/settings.md.`);
  }
  return resolveOptions(result.data);
}

/** The content folder as an absolute path: `CASEBOOK_CONTENT` may be relative to the project folder or absolute. */
export function contentFolder(options: Pick<CasebookOptions, 'root' | 'content'>): string {
  return path.resolve(options.root, options.content);
}

/** Resolves relative folders against the root. */
export function resolveOptions(options: CasebookOptions): CasebookOptions {
  return {
    ...options,
    cache: path.resolve(options.root, options.cache),
    cardsCache: options.cardsCache ? path.resolve(options.root, options.cardsCache) : undefined,
    sourceTexts: options.sourceTexts ? path.resolve(options.root, options.sourceTexts) : undefined,
  };
}

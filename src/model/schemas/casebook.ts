import { z } from 'astro/zod';
import { VOLUME_CHAPTERS } from '../../domain/report-volumes.ts';
import { slugSchema } from './ids.ts';

/** The interface languages Casebook speaks: every page, card, feed and report is written in one of them. */
export const LANGUAGES = ['zh-CN', 'en'] as const;

/** One of {@link LANGUAGES}. */
export type Language = (typeof LANGUAGES)[number];

/** A language of the interface and of the default sections, e.g. `en`. */
export const languageSchema = z.enum(LANGUAGES, { error: `must be one of: ${LANGUAGES.join(', ')}` });

const text = (min: number, max: number, example: string) =>
  z
    .string({ error: `must be text, such as ${example}` })
    .trim()
    .min(min, { error: `must be at least ${min} characters` })
    .max(max, { error: `must be at most ${max} characters` });

/** One required section of every case: its heading, and other headings an editor may write for it. */
export const sectionSchema = z.strictObject({
  /** The level-2 heading, e.g. `成效` or `Results`. */
  name: text(1, 30, '"Results"'),
  /** Other headings that mean the same section, e.g. `[主要成效]`. */
  also: z.array(text(1, 30, '"Outcomes"'), { error: 'must be a list of headings' }).default([]),
});

/** A required section, validated. */
export type CaseSection = z.output<typeof sectionSchema>;

/** The sections a case has when `casebook.yaml` names none, per language. */
export const DEFAULT_SECTIONS: Record<Language, readonly CaseSection[]> = {
  'zh-CN': [
    { name: '背景', also: [] },
    { name: '主要做法', also: ['做法'] },
    { name: '成效', also: ['主要成效'] },
    { name: '启示', also: ['经验启示'] },
  ],
  en: [
    { name: 'Background', also: [] },
    { name: 'What was done', also: ['Approach'] },
    { name: 'Results', also: ['Outcomes'] },
    { name: 'Lessons', also: ['Lessons learned'] },
  ],
};

/**
 * Where the source full texts are, relative to the content folder: a folder
 * name, or `{ folder, optional }` when the texts may be absent (a demo whose
 * texts are not shipped: its figures then read as not checked).
 */
const sourceTextsSchema = z.union([
  text(1, 400, '"texts"').transform((folder) => ({ folder, optional: false })),
  z.strictObject({
    /** Folder of the source texts, relative to the content folder. */
    folder: text(1, 400, '"texts"'),
    /** When true, a missing folder is not an error: figures read as not checked against their source. */
    optional: z.boolean({ error: 'must be true or false' }).default(false),
  }),
]);

/** The believable dates when casebook.yaml says nothing: from 1900 to a month after today. */
export const DATES = { earliest: 1900, futureDays: 31 };

/** A search server the search page may use (`search.engine` in casebook.yaml). */
export const searchEngineSchema = z.strictObject(
  {
    /** The engine: `meilisearch` (the one whose import format and search API Casebook speaks). */
    kind: z.literal('meilisearch', { error: 'must be meilisearch, the one engine the search page speaks' }),
    /** The server's address as readers' browsers reach it, e.g. `https://search.example.org`. */
    url: z.url({ protocol: /^https?$/, error: 'must be the web address of the search server, such as https://search.example.org' }),
    /** The index holding the casebook's records, e.g. `casebook`. */
    indexUid: z.string({ error: 'must be an index name such as casebook' }).regex(/^[A-Za-z0-9_-]{1,400}$/, { error: 'must be an index name of letters, digits, - and _, such as casebook' }),
    /** A key that may only search (the page sends it to every reader's browser): never the master or an admin key. */
    apiKey: z.string({ error: 'must be a search-only API key' }).min(1, { error: 'must be a search-only API key' }).optional(),
  },
  { error: 'must have kind, url, indexUid and apiKey (search-only)' },
);

/**
 * A casebook's own settings: `casebook.yaml` in its content folder. Every
 * field is documented in docs/reference/casebook-yaml.md. Environment
 * variables (docs/operators/settings.md) override the URL, base path,
 * source texts and report volume size.
 */
export const casebookSettingsSchema = z
  .strictObject({
    /** Site name shown in the header, titles, feeds, cards and reports. */
    title: text(2, 30, '"Riverside Case Library"'),
    /** Short name for tight spaces (browser tabs, cards). */
    shortTitle: text(2, 12, '"Case Library"'),
    /** One sentence describing the casebook, used for the home page and the feed. */
    description: text(10, 200, 'one sentence on what the casebook holds'),
    /** Publisher named in the footer, the feed, the reports and citations. */
    publisher: text(2, 40, '"Riverside Policy Unit"'),
    /** Absolute origin the site is deployed at (`CASEBOOK_SITE_URL` overrides it). */
    url: z.url({ error: 'must be an absolute URL such as https://cases.example.org' }).optional(),
    /** Path the site is served under, e.g. `/casebook/` (`CASEBOOK_BASE` overrides it). */
    base: z
      .string({ error: 'must be a path such as /casebook/' })
      .regex(/^\/?[\w.~-]*(\/[\w.~-]+)*\/?$/, { error: 'must be a path such as /casebook/' })
      .optional(),
    /** The licence the casebook's texts and data are published under, as the licence's web address (e.g. `https://creativecommons.org/licenses/by/4.0/`): named in the structured data of every case. */
    license: z.url({ protocol: /^https?$/, error: 'must be the web address of a licence, such as https://creativecommons.org/licenses/by/4.0/' }).optional(),
    /** Language of the interface and the default of every case (`zh-CN` or `en`); a case may set its own `lang`. */
    lang: languageSchema.default('zh-CN'),
    /** The kinds of case this casebook publishes: id → the label readers see, in the order listings show them. */
    kinds: z
      .record(slugSchema, text(1, 30, '"Community governance"'), {
        // Only for a value that is not a mapping; a bad id or label keeps its own message.
        error: (issue) => (issue.code === 'invalid_type' ? 'must map kind ids to labels, such as "community: Community governance"' : issue.code === 'invalid_key' ? 'a kind id must be lower-case letters, digits and single hyphens, such as "community"' : undefined),
      })
      .refine((kinds) => Object.keys(kinds).length > 0, { error: 'must name at least one kind' }),
    /** The level-2 sections every case has, in order; by default those of `lang`. */
    sections: z.array(sectionSchema, { error: 'must be a list of sections, each with a name' }).min(1, { error: 'must name at least one section' }).max(12, { error: 'must name at most 12 sections' }).optional(),
    /** What the search page offers as examples. */
    search: z
      .strictObject({
        /** Example queries shown in the search box's placeholder and in the no-results hint, e.g. `[river cleanup, 97%]`. */
        examples: z.array(text(1, 30, '"river cleanup"'), { error: 'must be a list of example queries' }).max(6, { error: 'must have at most 6 examples' }).default([]),
        /**
         * A search server the search page asks instead of the site's own static index, for casebooks past what a
         * browser searches well (docs/publishers/search-engine.md); without it the static index serves, no server needed.
         * The build then also writes the search records in the server's bulk-import format under `search/export/`.
         */
        engine: searchEngineSchema.optional(),
      })
      .default({ examples: [] }),
    /** Folder of the source full texts, relative to the content folder (default `texts`). */
    sourceTexts: sourceTextsSchema.default({ folder: 'texts', optional: false }),
    /** PDF reports. */
    reports: z
      .strictObject({
        /** Chapters in one volume of a PDF report (`CASEBOOK_REPORT_VOLUME` overrides it). */
        volumeChapters: z.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).default(VOLUME_CHAPTERS),
        /** Print the reports at all (`CASEBOOK_REPORTS` overrides it). */
        enabled: z.boolean({ error: 'must be true or false' }).default(true),
        /** Publish each case's PDF (`/cases/<id>.pdf`), made from its printed chapter, and link it from the case page. */
        casePdfs: z.boolean({ error: 'must be true or false' }).default(true),
      })
      .default({ volumeChapters: VOLUME_CHAPTERS, enabled: true, casePdfs: true }),
    /** What Astro's content collections (`astro:content`) hold, for pages and integrations of your own; Casebook's pages read the model. */
    collections: z
      .strictObject({
        /**
         * Copy each case's statistics into the `cases` collection too. Off by default: they are most of each entry, and
         * Astro rewrites its whole content store on every build (39 MB at 10,000 cases with them).
         */
        stats: z.boolean({ error: 'must be true or false' }).default(false),
      })
      .default({ stats: false }),
    /** Social cards. */
    cards: z
      .strictObject({
        /** Draw the share cards at all (`CASEBOOK_CARDS` overrides it). */
        enabled: z.boolean({ error: 'must be true or false' }).default(true),
      })
      .default({ enabled: true }),
    /**
     * Which dates are believable (docs/reference/casebook-yaml.md): a case's or
     * source's date before `earliest` (a year) or more than `futureDays` days
     * after today is refused as a typo (`0026-11-20` for `2026-11-20`, `9999-12-31`).
     */
    dates: z
      .strictObject({
        /** The earliest year a case or source may be dated (default 1900; a historical casebook may set an earlier one). */
        earliest: z.number({ error: 'must be a year' }).int({ error: 'must be a whole year' }).min(1, { error: 'must be at least 1' }).max(9999, { error: 'must be at most 9999' }).default(DATES.earliest),
        /** Days after today a date may be (default 31: a case scheduled for next month). */
        futureDays: z.number({ error: 'must be a number of days' }).int({ error: 'must be a whole number of days' }).min(0, { error: 'must be at least 0' }).max(3660, { error: 'must be at most 3660' }).default(DATES.futureDays),
      })
      .default(DATES),
  })
  .superRefine((settings, ctx) => {
    // Two sections answering to the same heading would make the outline check ambiguous.
    const seen = new Map<string, number>();
    (settings.sections ?? []).forEach((section, index) => {
      for (const name of [section.name, ...section.also]) {
        const first = seen.get(name);
        if (first !== undefined && first !== index) ctx.addIssue({ code: 'custom', path: ['sections', index, 'name'], message: `"${name}" is already a name of section ${first + 1}: each heading may name one section` });
        seen.set(name, index);
      }
    });
  });

/** `casebook.yaml` as written. */
export type CasebookSettingsInput = z.input<typeof casebookSettingsSchema>;

/** `casebook.yaml`, validated, with its sections filled in from the language when it names none. */
export type CasebookSettings = Omit<z.output<typeof casebookSettingsSchema>, 'sections'> & { sections: readonly CaseSection[] };

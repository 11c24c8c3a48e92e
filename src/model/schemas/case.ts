import { z } from 'astro/zod';
import { reference } from './ids.ts';
import { kindSchema } from './kind.ts';
import { languageSchema } from './casebook.ts';
import { dayDateSchema } from './partial-date.ts';
import { placeSchema } from './place.ts';
import { statisticSchema } from './statistic.ts';
import { textLength } from '../../domain/text-width.ts';

// Lengths count a Chinese character as 1 and a Latin letter or space as ½ (see `textLength`).
const HALF = ' (a Latin letter or space counts half)';

/**
 * The frontmatter of one case study (`content/cases/<id>.mdx`).
 * Every field is documented in docs/reference/frontmatter.md.
 */
export const caseSchema = z
  .strictObject({
    /** Headline of the case study. */
    title: z
      .string({ error: 'must be text' })
      .trim()
      .min(4, { error: 'must be at least 4 characters' })
      .refine((value) => textLength(value) <= 60 && value.length <= 70, { error: `must be at most 60 characters${HALF} and 70 in all, so it fits cards and search results` }),
    /** Two or three sentences a reader sees in lists, search results and link previews. */
    summary: z
      .string({ error: 'must be text' })
      .trim()
      .refine((value) => textLength(value) >= 30, { error: `must be at least 30 characters${HALF}` })
      .refine((value) => textLength(value) <= 200, { error: `must be at most 200 characters${HALF}` }),
    /**
     * The case's title and summary in English, for readers who search or
     * skim in English: indexed by the search and shown marked `lang="en"`.
     */
    en: z
      .strictObject({
        /** English headline. */
        title: z.string({ error: 'must be text' }).trim().min(4, { error: 'must be at least 4 characters' }).max(140, { error: 'must be at most 140 characters' }),
        /** One to three English sentences. */
        summary: z.string({ error: 'must be text' }).trim().min(20, { error: 'must be at least 20 characters' }).max(600, { error: 'must be at most 600 characters' }).optional(),
      })
      .optional(),
    /** Language of this case when it differs from the casebook's (`lang` in casebook.yaml), e.g. `en`. */
    lang: languageSchema.optional(),
    /** Id of the series the case belongs to (a file in `content/series/`). */
    series: reference('series'),
    /** What sort of effort the case describes. */
    kind: kindSchema,
    /** Where the case happened. */
    place: placeSchema,
    /** Day the case study was published in the casebook, `YYYY-MM-DD`. */
    date: dayDateSchema,
    /** Day of the last substantive revision, `YYYY-MM-DD`; not before `date`. */
    updated: dayDateSchema.optional(),
    /** Topics for browsing, e.g. `海上风电` or `flood defence`. */
    tags: z
      .array(z.string().trim().min(1).refine((value) => textLength(value) <= 12, { error: `must be at most 12 characters${HALF}` }), { error: 'must be a list' })
      .max(12, { error: 'must have at most 12 tags' })
      .default([]),
    /** Ids of the source documents the case is written from (files in `content/sources/`). */
    sources: z.array(reference('sources'), { error: 'must be a list of source ids' }).min(1, { error: 'must name at least one source' }),
    /** Every significant figure the case claims; the body states each through `<Stat id="…" />`. */
    stats: z.array(statisticSchema, { error: 'must be a list of statistics' }).default([]),
    /** A draft is checked but not published. */
    draft: z.boolean({ error: 'must be true or false' }).default(false),
  })
  .superRefine((entry, ctx) => {
    // A revision comes after publication; an earlier `updated` is a typo in one of the two dates.
    if (entry.updated && entry.updated < entry.date) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: `${isoDay(entry.updated)} is before date (${isoDay(entry.date)}): a case is revised after it is published` });
    }
    const seen = new Map<string, number>();
    const cited = new Set(entry.sources.map((source) => source.id));
    entry.stats.forEach((stat, index) => {
      const first = seen.get(stat.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['stats', index, 'id'],
          message: `duplicate statistic id "${stat.id}" (first used by stats[${first}])`,
        });
      } else {
        seen.set(stat.id, index);
      }
      if (!cited.has(stat.source.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['stats', index, 'source'],
          message: `source "${stat.source.id}" is not listed in this case's sources`,
        });
      }
    });
  });

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Validated case-study frontmatter. */
export type CaseData = z.output<typeof caseSchema>;

import { z } from 'astro/zod';

/** One way of naming a thing, as readers type it: `外卖骑手`, `高新区`. */
const termSchema = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(24, { error: 'must be at most 24 characters' });

/**
 * The search thesaurus (`content/thesaurus.yaml`): groups of words a reader
 * may type for the same thing. A query for any word of a group also finds
 * the others, ranked a little below the word itself. Editors own it: the
 * domain's usual equivalents, abbreviations and their full forms, the
 * everyday names of what the cases call by an official term.
 */
export const thesaurusSchema = z.strictObject({
  /** Each group lists words searched as one: `[新就业群体, 快递员, 外卖骑手, 网约车司机]`. */
  groups: z
    .array(z.array(termSchema, { error: 'must be a list of words' }).min(2, { error: 'must list at least two words' }), { error: 'must be a list of groups' })
    .default([]),
});

/** A validated thesaurus. */
export type Thesaurus = z.output<typeof thesaurusSchema>;

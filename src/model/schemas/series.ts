import { z } from 'astro/zod';
import { placeSchema } from './place.ts';

/**
 * A series groups case studies about one programme or place, such as the
 * Penglai offshore-equipment chain. One YAML file per series under
 * `content/series/`; its file name is the id cases refer to.
 */
export const seriesSchema = z.strictObject({
  /** Reader-facing title, e.g. `蓬莱海工装备产业链`. */
  title: z.string({ error: 'must be text' }).trim().min(2).max(40),
  /** One or two sentences on what the series covers. */
  description: z.string({ error: 'must be text' }).trim().min(10).max(300),
  /** Where the series is set; a series may cover a whole city. */
  place: placeSchema.partial({ city: true }),
  /** Position on the home page and in lists, lowest first. */
  order: z.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }),
});

/** A validated series. */
export type Series = z.output<typeof seriesSchema>;

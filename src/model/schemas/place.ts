import { z } from 'astro/zod';

const placeName = (example: string) =>
  z
    .string({ error: `must be a place name such as "${example}"` })
    .trim()
    .min(2, { error: `must be a place name such as "${example}"` })
    .max(20, { error: 'must be at most 20 characters' });

/**
 * Where a case happened, from the province down, in the official Chinese
 * names the sources print (`山东省`, `烟台市`, `蓬莱区`).
 */
export const placeSchema = z.strictObject({
  /** Province-level division, e.g. `山东省`. */
  province: placeName('山东省'),
  /** Prefecture-level city, e.g. `烟台市`. */
  city: placeName('烟台市'),
  /** District, county-level city or zone, when the case is narrower than the city, e.g. `蓬莱区`. */
  district: placeName('蓬莱区').optional(),
});

/** A validated place. */
export type Place = z.output<typeof placeSchema>;

/** The place as one line, most specific last: `山东省 烟台市 蓬莱区`. */
export function placeLabel(place: Place): string {
  return [place.province, place.city, place.district].filter(Boolean).join(' ');
}

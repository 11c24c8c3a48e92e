import { z } from 'astro/zod';

/**
 * The value written for a fact the source document does not show.
 * Casebook never invents bibliographic data: an editor writes `unknown`.
 */
export const UNKNOWN = 'unknown' as const;

/** `schema`, or the literal `unknown` when the source does not show the fact. */
export function orUnknown<T extends z.ZodType>(schema: T) {
  return z.union([z.literal(UNKNOWN), schema]);
}

import { z } from 'astro/zod';

/**
 * The closed catalogue of case kinds: what sort of organising effort a case
 * study describes. Labels are what readers see.
 */
export const KINDS = {
  'city-wide': '全域统筹',
  park: '经济园区',
  'industrial-chain': '产业链',
  cluster: '新兴领域集聚区',
  'new-employment': '新业态新就业群体',
  'emerging-field': '新兴领域',
} as const;

/** One of the ids in {@link KINDS}. */
export type Kind = keyof typeof KINDS;

/** The kinds in catalogue order (navigation lists them in this order). */
export const kindIds = Object.keys(KINDS) as [Kind, ...Kind[]];

/** A case kind id, e.g. `industrial-chain`. */
export const kindSchema = z.enum(kindIds, {
  error: `must be one of: ${kindIds.join(', ')}`,
});

/** The reader-facing label of a kind. */
export function kindLabel(kind: Kind): string {
  return KINDS[kind];
}

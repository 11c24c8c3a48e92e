import { KINDS, type Kind } from '../casebook/schemas/kind.ts';
import { pinyinSlug } from '../domain/slug.ts';

/** Site-relative URL of a case page. */
export const caseUrl = (id: string) => `/cases/${id}/`;
/** Site-relative URL of a series page. */
export const seriesUrl = (id: string) => `/series/${id}/`;
/** Site-relative URL of a region page; `path` comes from `regionsOf()`. */
export const regionUrl = (path: string) => `/regions/${path}/`;
/** Site-relative URL of a kind page. */
export const kindUrl = (kind: Kind) => `/kinds/${kind}/`;

/** The kinds in catalogue order, for navigation. */
export const kindIds = Object.keys(KINDS) as Kind[];

/**
 * Gives every tag a distinct ASCII slug from its pinyin; when two tags share
 * a pinyin (homophones), later ones get `-2`, `-3` in sorted order so URLs
 * stay stable as long as the tag set does.
 */
export function tagSlugs(tags: Iterable<string>): Map<string, string> {
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const tag of [...new Set(tags)].sort()) {
    const base = pinyinSlug(tag) || 'tag';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(tag, slug);
  }
  return slugs;
}

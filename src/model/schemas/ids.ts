import { z } from 'astro/zod';

/** The collections one content entry can point at. */
export type CollectionName = 'cases' | 'series' | 'sources';

/**
 * A lower-case ASCII slug: the id of an entry, the file name without its
 * extension. Ids appear in URLs and in other entries' references, so they are
 * kept to `a-z`, `0-9` and single hyphens.
 */
export const slugSchema = z
  .string({ error: 'must be an id such as "penglai-chain"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be lower-case letters, digits and single hyphens, such as "penglai-chain"',
  });

/** A typed pointer to another entry, the same shape as Astro's `reference()`. */
export interface Reference<C extends CollectionName> {
  collection: C;
  id: string;
}

/**
 * A reference to an entry of `collection`, written in frontmatter as its id.
 * The output has the shape Astro's `getEntry()` accepts. Existence is checked
 * by the whole-casebook check (`src/model/checks/`), because a schema sees one
 * entry at a time.
 */
export function reference<C extends CollectionName>(collection: C) {
  return slugSchema.transform((id): Reference<C> => ({ collection, id }));
}

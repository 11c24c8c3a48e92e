import { defineCollection } from 'astro:content';
import { casebookLoader } from './model/loader.ts';
import { currentModel } from './model/shared-model.ts';

// The casebook as Astro content collections, for pages and integrations of your own (`getCollection('cases')`):
// the casebook() integration loads and checks the content once, and every collection copies its part's
// frontmatter (see src/model/loader.ts); drafts are included, marked `draft: true`. Casebook's own pages read
// the published view of the same model instead (src/view/published.ts, through src/site/data.ts).
// Schemas live in src/model/schemas/.

/** Case studies: one MDX file each under `content/cases/`; their frontmatter (the HTML of a body is in the model). */
const cases = defineCollection({ loader: casebookLoader('cases', currentModel) });

/** Series: one YAML file each under `content/series/`. */
const series = defineCollection({ loader: casebookLoader('series', currentModel) });

/** Source documents: one bibliographic record each under `content/sources/`. */
const sources = defineCollection({ loader: casebookLoader('sources', currentModel) });

export const collections = { cases, series, sources };

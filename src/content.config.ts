import { defineCollection } from 'astro:content';
import { casebookLoader } from './model/loader.ts';
import { currentModel } from './model/shared-model.ts';

// One loader over one checked model: the casebook() integration loads and checks the content once,
// and every collection copies its part (see src/model/loader.ts). Schemas live in src/model/schemas/.

/** Case studies: one MDX file each under `content/cases/`, bodies rendered by the model. */
const cases = defineCollection({ loader: casebookLoader('cases', currentModel) });

/** Series: one YAML file each under `content/series/`. */
const series = defineCollection({ loader: casebookLoader('series', currentModel) });

/** Source documents: one bibliographic record each under `content/sources/`. */
const sources = defineCollection({ loader: casebookLoader('sources', currentModel) });

export const collections = { cases, series, sources };

import { defineCollection } from 'astro:content';
import { casebookLoader } from './casebook/loader.ts';
import { sharedCasebook } from './build/casebook.ts';

const model = ({ fresh = false } = {}) => sharedCasebook(undefined, { fresh });

// One loader over one checked model: the casebook() integration loads and checks the content once,
// and every collection copies its part (see src/casebook/loader.ts). Schemas live in src/casebook/schemas/.

/** Case studies: one MDX file each under `content/cases/`, bodies rendered by the loader. */
const cases = defineCollection({ loader: casebookLoader('cases', model) });

/** Series: one YAML file each under `content/series/`. */
const series = defineCollection({ loader: casebookLoader('series', model) });

/** Source documents: one bibliographic record each under `content/sources/`. */
const sources = defineCollection({ loader: casebookLoader('sources', model) });

export const collections = { cases, series, sources };

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { caseSchema } from './casebook/schemas/case.ts';
import { seriesSchema } from './casebook/schemas/series.ts';
import { sourceSchema } from './casebook/schemas/source.ts';
import { contentPaths } from './casebook/paths.ts';

const paths = contentPaths();

/** Case studies: one MDX file each under `content/cases/`. */
const cases = defineCollection({ loader: glob(paths.cases), schema: caseSchema });

/** Series: one YAML file each under `content/series/`. */
const series = defineCollection({ loader: glob(paths.series), schema: seriesSchema });

/** Source documents: one bibliographic record each under `content/sources/`. */
const sources = defineCollection({ loader: glob(paths.sources), schema: sourceSchema });

export const collections = { cases, series, sources };

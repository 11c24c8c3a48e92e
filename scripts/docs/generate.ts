import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectErrors, errorTables } from './errors.ts';
import { changeVerbTable, englishMetricTable, englishQualifierTable, englishUnitTable, metricTable, qualifierTable, unitTable } from './units.ts';
import { replaceBlock } from './markdown.ts';
import { genreRatesTable } from '../bench/figure-genres.ts';

/** A page of docs/ and the generated blocks it holds, each made from the code or the tests. */
export interface GeneratedPage {
  page: string;
  blocks: Record<string, (root: string) => string | Promise<string>>;
}

/** Every generated part of the manual. */
export const GENERATED: GeneratedPage[] = [
  { page: 'docs/editors/errors.md', blocks: { errors: async (root) => errorTables(await collectErrors(root)) } },
  {
    page: 'docs/reference/units.md',
    blocks: {
      units: unitTable,
      qualifiers: qualifierTable,
      'change-verbs': changeVerbTable,
      metrics: metricTable,
      'english-units': englishUnitTable,
      'english-qualifiers': englishQualifierTable,
      'english-metrics': englishMetricTable,
    },
  },
  { page: 'docs/reference/figure-corpus.md', blocks: { 'figure-rates': genreRatesTable } },
];

/** The page's text with every generated block made afresh. */
export async function regenerate(root: string, entry: GeneratedPage): Promise<string> {
  let text = await readFile(path.join(root, entry.page), 'utf8');
  for (const [name, make] of Object.entries(entry.blocks)) text = replaceBlock(text, name, await make(root));
  return text;
}

// `npm run docs`: rewrite the generated parts of the manual.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  for (const entry of GENERATED) {
    const before = await readFile(path.join(root, entry.page), 'utf8');
    const after = await regenerate(root, entry);
    if (after !== before) await writeFile(path.join(root, entry.page), after);
    console.log(`${entry.page}: ${after === before ? 'unchanged' : 'written'}`);
  }
}

import { readFileSync } from 'node:fs';

/** One query of the English search evaluation set (tests/fixtures/search/queries-en.json) and what must come first. */
export interface EnglishQuery {
  category: string;
  query: string;
  /** The right answers: the first result must be one of them. */
  expect: string[];
  /** The heading of the section the first result must point to, when the query names a passage. */
  section?: string;
  /** No case outside `expect` has every term of the query. */
  alone?: boolean;
  why: string;
}

/** The English evaluation set, read by the engine's unit test and the search page's browser test alike. */
export const englishQueries: EnglishQuery[] = JSON.parse(readFileSync(new URL('../fixtures/search/queries-en.json', import.meta.url), 'utf8'));

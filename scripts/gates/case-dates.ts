// The date each case page's sitemap entry must carry, read from a content folder: the one thing the meta
// gate compares with the content rather than reading from the built site alone.
import type { Casebook } from '../../src/model/load.ts';

/** Each published case's page (`/cases/<id>/`, under the base path) → the day it last changed: its `updated`, else its `date`. */
export function caseLastmods(casebook: Pick<Casebook, 'cases'>): Map<string, string> {
  return new Map(casebook.cases.filter((entry) => !entry.data.draft).map((entry) => [`/cases/${entry.id}/`, (entry.data.updated ?? entry.data.date).toISOString().slice(0, 10)]));
}

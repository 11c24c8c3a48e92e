import { digestOf } from '../domain/digest.ts';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CheckResult } from './checks/index.ts';
import type { BodyHeading } from './body/tree.ts';

/** The collections the casebook loader fills. */
export type CasebookCollection = 'cases' | 'series' | 'sources';

/** Reads the checked casebook: `fresh` asks for it to be rebuilt if a file changed (the dev server after an edit). */
export type CasebookSource = (options?: { fresh: boolean }) => Promise<CheckResult>;

/** What the `cases` collection stores per case besides the frontmatter. */
export interface CaseExtras {
  /** Project-relative path of the file, for error messages and "edit this page" links. */
  file: string;
  /** The body's headings with their ids, for the table of contents. */
  headings: BodyHeading[];
  /** The model's digest of the case (its text, the source names it shows, the code): it changes whenever the rendered body does. The HTML itself stays in the model (see `getCaseHtml`), not the data store. */
  bodyDigest: string;
  /** The disagreements this case's statistics take part in, each with every claim in it. */
  disputes: DisputeRef[];
  /**
   * A digest of what the figure check established about each statistic (receipts, 未核对原文), so a page's cache
   * key changes when a receipt does. The receipts themselves stay in the model (see `getVerifications`): with
   * their quoted sentences they would add megabytes to Astro's data store at 1,000 cases.
   */
  verificationsDigest: string;
}

/** A disagreement as a case carries it: the group, and its claims as (case, statistic index) pairs. */
export interface DisputeRef {
  key: string;
  label: string;
  reconciled: boolean;
  claims: { caseId: string; index: number }[];
}

/**
 * The one loader behind every collection. It does not read files itself: it
 * copies entries from the casebook model, which was loaded and checked once
 * (see `sharedCasebook`). Case bodies are rendered by the model, so Astro
 * bundles no module per case; the store keeps each body's headings and a
 * digest of its HTML, while pages take the HTML from the model
 * (`getCaseHtml`): at 1,000 cases, HTML in the data store cost about 1.5 s
 * a build to serialise, bundle and load. An entry whose digest is unchanged
 * is not stored again. In dev, an edit to any content file rebuilds the
 * model and refreshes the store.
 */
export function casebookLoader(collection: CasebookCollection, source: CasebookSource): Loader {
  return {
    name: `casebook-${collection}`,
    load: async (context) => {
      await fill(collection, context, await source());
      context.watcher?.on('all', async (_event, changed) => {
        if (!/\.(mdx|ya?ml|txt)$/i.test(changed)) return;
        const model = await source({ fresh: true });
        await fill(collection, context, model);
        for (const diagnostic of model.diagnostics.filter((item) => collection === 'cases' || item.file.includes(`/${collection}/`))) {
          context.logger.warn(`${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.field ? `${diagnostic.field}: ` : ''}${diagnostic.message}`);
        }
      });
    },
  };
}

async function fill(collection: CasebookCollection, { store }: LoaderContext, model: CheckResult) {
  const { casebook } = model;
  const entries: { id: string; data: Record<string, unknown>; filePath?: string }[] = [];
  if (collection === 'cases') {
    const disputes = new Map<string, DisputeRef[]>();
    for (const group of model.disagreements) {
      const ref: DisputeRef = { key: group.key, label: group.label, reconciled: group.reconciled, claims: group.claims.map(({ caseId, index }) => ({ caseId, index })) };
      for (const caseId of new Set(ref.claims.map((claim) => claim.caseId))) disputes.set(caseId, [...(disputes.get(caseId) ?? []), ref]);
    }
    for (const entry of casebook.cases) {
      const extras: CaseExtras = {
        file: entry.file,
        headings: entry.parsed.headings,
        bodyDigest: entry.digest,
        disputes: disputes.get(entry.id) ?? [],
        verificationsDigest: digestOf(model.verifications.get(entry.id) ?? []),
      };
      entries.push({
        id: entry.id,
        filePath: entry.file,
        data: { ...entry.data, ...extras },
      });
    }
  } else {
    for (const entry of casebook[collection]) entries.push({ id: entry.id, filePath: entry.file, data: entry.data as unknown as Record<string, unknown> });
  }
  const keep = new Set(entries.map((entry) => entry.id));
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
  for (const entry of entries) store.set({ ...entry, digest: digestOf(entry.data) });
}

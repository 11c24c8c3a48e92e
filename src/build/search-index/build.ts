import type { CaseData } from '../../casebook/schemas/case.ts';
import type { BodySection } from '../../casebook/body/sections.ts';
import { pinyinForms } from './pinyin.ts';
import { bigrams, shardOf } from '../../domain/search-text.ts';
import { SEARCH_INDEX_VERSION, type SearchDoc, type SearchIndex, type SearchMeta } from '../../domain/search-index.ts';

export { SEARCH_INDEX_VERSION, type SearchIndex } from '../../domain/search-index.ts';

/** What the index needs to know about a case: its frontmatter and its body as the model's sections. */
export interface IndexableCase {
  id: string;
  data: CaseData & { sections: readonly BodySection[] };
}

/** One case's share of the index, which depends on that case alone (so it can be cached per case). */
export interface CaseIndexPart {
  doc: Omit<SearchDoc, 'firstSection'>;
  /** Per section: anchor, heading, text and the section's distinct bigrams, one per line (one string keeps caching cheap). */
  sections: [anchor: string, heading: string, text: string, grams: string][];
}

/** Labels the index shows that the model holds elsewhere. */
export interface IndexLabels {
  seriesTitle: (id: string) => string;
  kindLabel: (kind: CaseData['kind']) => string;
}

/** What one case contributes: its metadata entry, and its body and statistics as sections with their bigrams. */
export function indexCase(entry: IndexableCase, labels: IndexLabels): CaseIndexPart {
  const { data } = entry;
  const seriesTitle = labels.seriesTitle(data.series.id);
  const names = [data.title, seriesTitle, data.place.province, data.place.city, data.place.district ?? ''].filter(Boolean);
  const pinyin = names
    .map(pinyinForms)
    .flatMap((form) => [form.full, form.initials])
    .join(' ');
  const doc = {
    id: entry.id,
    title: data.title,
    summary: data.summary,
    series: data.series.id,
    seriesTitle,
    kind: data.kind,
    kindLabel: labels.kindLabel(data.kind),
    place: [data.place.province, data.place.city, data.place.district].filter(Boolean).join(' '),
    province: data.place.province,
    tags: data.tags,
    pinyin,
  };
  // The statistics (subject, metric, figure as printed) are searchable too, and link to the page's data table.
  const statsSection = { anchor: 'stat-table-heading', heading: '本文数据', text: data.stats.map((stat) => `${stat.subject} ${stat.metric} ${stat.figure}`).join('\n') };
  const sections = [...data.sections, ...(data.stats.length ? [statsSection] : [])].map(
    (section): CaseIndexPart['sections'][number] => [section.anchor, section.heading, section.text, bigrams(`${section.heading}\n${section.text}`).join('\n')],
  );
  return { doc, sections };
}

/**
 * Builds the search index from the model (not by scraping pages): a small
 * metadata index for Fuse, a bigram index of the body sections split into
 * shards the browser fetches only for the bigrams a query has, and one text
 * file per case fetched only to show its matching passage. `part` may serve
 * a case's share from a cache.
 */
export function buildSearchIndex<C extends IndexableCase>(
  cases: readonly C[],
  labels: IndexLabels,
  part: (entry: C) => CaseIndexPart = (entry) => indexCase(entry, labels),
): SearchIndex {
  const shardCount = shardCountFor(cases.length);
  const docs: SearchDoc[] = [];
  const sections: SearchMeta['sections'] = [];
  const texts: string[][] = [];
  const shards: Record<string, number[]>[] = Array.from({ length: shardCount }, () => ({}));
  // Most bigrams recur in many cases; find each one's shard once.
  const shardOfGram = new Map<string, Record<string, number[]>>();
  cases.forEach((entry, docIndex) => {
    const { doc, sections: caseSections } = part(entry);
    docs.push({ ...doc, firstSection: sections.length });
    texts.push(
      caseSections.map(([anchor, heading, text, grams]) => {
        const id = sections.length;
        sections.push([docIndex, anchor, heading]);
        for (const gram of grams.split('\n')) {
          if (!gram) continue;
          let shard = shardOfGram.get(gram);
          if (!shard) shardOfGram.set(gram, (shard = shards[shardOf(gram, shardCount)]!));
          (shard[gram] ??= []).push(id);
        }
        return text;
      }),
    );
  });
  return { meta: { version: SEARCH_INDEX_VERSION, shardCount, docs, sections }, shards, texts };
}

/**
 * Shards grow with the casebook so each stays small (about four cases' worth
 * of bigrams): 16 for a handful of cases, 256 at 1,000, 1,024 at most.
 */
export function shardCountFor(caseCount: number): number {
  let count = 16;
  while (count < caseCount / 4 && count < 1024) count *= 2;
  return count;
}
